using System.CommandLine;
using System.Globalization;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// <c>acnebotox preview [INPUT]</c>: a web page on this computer that shows the handout (HTML and PDF), the
/// source with the checks' findings marked, the reading grades and the parity notes, and updates on every save.
/// </summary>
public sealed class PreviewCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    private readonly Argument<string?> _input = new("INPUT")
    {
        Description = "Article or folder to preview (folders: *.md, *.markdown, *.txt, recursively). Default: content/",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _settings = SharedOptions.Settings();

    private readonly Option<int> _port = new("--port")
    {
        Description = "Port on 127.0.0.1 to listen on. Default: 0, a free port (the address is printed)",
        DefaultValueFactory = _ => 0,
    };

    private readonly Option<bool> _largePrint = new("--large-print")
    {
        Description = "Preview the large-print variant (18 pt body, line height 1.5)",
    };

    private readonly Option<bool>? _verbose;

    /// <summary>Creates the command; the address and update lines go to <paramref name="stdout"/>, problems to <paramref name="stderr"/>.</summary>
    /// <param name="stdout">Where the address and one line per update go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="verbose">The global <c>--verbose</c> option.</param>
    public PreviewCommand(TextWriter stdout, TextWriter stderr, Option<bool>? verbose = null)
    {
        _stdout = stdout;
        _stderr = stderr;
        _verbose = verbose;
        OptionValues.Path(_settings);
        _port.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "0";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535) return port;
            result.AddError($"--port takes a whole number from 0 to 65535 (0 picks a free port), not '{text}' (for example --port 8080)");
            return 0;
        };
        Command = new Command("preview", "Show the handout in the browser while you write; it updates on every save")
        {
            _input, _settings, _port, _largePrint,
        };
        Command.SetAction(parsed => PreviewServer.Run(new PreviewRequest(
            parsed.GetValue(_input),
            parsed.GetValue(_settings),
            parsed.GetValue(_port),
            parsed.GetValue(_largePrint))
        {
            Verbose = _verbose is not null && parsed.GetValue(_verbose),
        }, _stdout, _stderr));
    }

    /// <summary>The System.CommandLine command.</summary>
    public Command Command { get; }
}
