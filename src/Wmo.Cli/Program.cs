using Wmo.Cli;

// One binary for batch work (iWmo, CAK, termijnen, seeding, benchmark, beheer): `wmo --help` lists the commands.
return await CliProgramma.VoerUitAsync(args, Console.Out, Console.Error);
