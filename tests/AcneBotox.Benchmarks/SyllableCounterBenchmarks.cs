using AcneBotox.Core.Checks.Text;
using BenchmarkDotNet.Attributes;

namespace AcneBotox.Benchmarks;

/// <summary>The syllable counter over every word of the seed (the readability check's inner loop).</summary>
[MemoryDiagnoser]
public class SyllableCounterBenchmarks
{
    private string[] _words = [];

    [GlobalSetup]
    public void Setup() =>
        _words = File.ReadAllText(SeedHandout.SourcePath)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '?', '!', ':', ';', '(', ')', '"'))
            .Where(w => w.Length > 0)
            .ToArray();

    [Benchmark(Description = "Count syllables of every seed word")]
    public int CountSeedWords()
    {
        var total = 0;
        foreach (var word in _words) total += SyllableCounter.Count(word);
        return total;
    }
}
