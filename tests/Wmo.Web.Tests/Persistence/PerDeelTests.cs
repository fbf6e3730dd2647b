using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Persistence;

/// <summary>A list of keys of any length is read in parts that fit one command's parameters.</summary>
public sealed class PerDeelTests
{
    [Fact]
    public async Task Een_lange_lijst_gaat_in_delen_van_hoogstens_de_grootte_en_niets_valt_weg()
    {
        var sleutels = Enumerable.Range(0, 2_500).Concat(Enumerable.Range(0, 10)).ToList();
        var delen = new List<int[]>();

        var gelezen = await PerDeel.LeesAsync(sleutels, (deel, _) =>
        {
            delen.Add(deel);
            return Task.FromResult(deel.Select(s => s * 2).ToList());
        }, CancellationToken.None);

        Assert.Equal([1000, 1000, 500], delen.Select(d => d.Length));
        Assert.Equal(Enumerable.Range(0, 2_500).Select(s => s * 2).Order(), gelezen.Order());
    }

    [Fact]
    public async Task Een_lege_lijst_doet_geen_query()
    {
        var aanroepen = 0;
        var gelezen = await PerDeel.LeesAsync(Array.Empty<Guid>(), (_, _) => Task.FromResult(new List<Guid> { Guid.NewGuid(), Guid.NewGuid() }.Take(++aanroepen).ToList()), CancellationToken.None);
        Assert.Empty(gelezen);
        Assert.Equal(0, aanroepen);
    }
}
