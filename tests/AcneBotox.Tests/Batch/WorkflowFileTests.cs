using AcneBotox.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace AcneBotox.Tests.Batch;

public sealed class WorkflowFileTests
{
    private static YamlMappingNode LoadWorkflow()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestPaths.Root, ".github", "workflows", "handouts.yml"));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values
            .Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void The_workflow_is_valid_yaml_with_triggers_and_a_shard_matrix()
    {
        var workflow = LoadWorkflow();
        Assert.True(workflow.Children.ContainsKey("on"));
        var job = (YamlMappingNode)((YamlMappingNode)workflow["jobs"]).Children.Values.Single();
        var matrix = (YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"];
        Assert.Equal(["1", "2"], ((YamlSequenceNode)matrix["shard"]).Children.Select(n => ((YamlScalarNode)n).Value));
    }

    [Fact]
    public void Every_run_step_drives_only_our_cli()
    {
        var runs = Steps(LoadWorkflow()).Select(s => Scalar(s, "run")).OfType<string>().ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, run => Assert.StartsWith("dotnet run --project src/AcneBotox.Cli", run.Trim(), StringComparison.Ordinal));
        Assert.DoesNotContain(runs, run => run.Contains("pandoc", StringComparison.OrdinalIgnoreCase));

        var export = Assert.Single(runs, run => run.Contains(" export ", StringComparison.Ordinal));
        Assert.Contains("dotnet run --project src/AcneBotox.Cli", export, StringComparison.Ordinal);
        Assert.Contains("--report ", export, StringComparison.Ordinal);
        Assert.Contains("--shard ${{ matrix.shard }}/", export, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_official_actions_are_used_and_the_outputs_are_uploaded()
    {
        var steps = Steps(LoadWorkflow()).ToList();
        var uses = steps.Select(s => Scalar(s, "uses")).OfType<string>().ToList();
        Assert.All(uses, action => Assert.StartsWith("actions/", action, StringComparison.Ordinal));
        var upload = Assert.Single(steps, s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Contains("output/", Scalar((YamlMappingNode)upload["with"], "path"), StringComparison.Ordinal);
    }
}
