// Fault, load and browser tests each start real portal processes and measure them: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
