namespace AcneBotox.Cli;

/// <summary>The check command's arguments, parsed.</summary>
internal sealed record CheckRequest(IReadOnlyList<string> Inputs, string Format, string FailOn, string? SettingsPath, bool UpdateBaseline = false);
