using System.Runtime.InteropServices;

namespace AcneBotox.Cli.Watch;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation, so a long-running command (preview, export --watch)
/// finishes its current step, cleans up and exits 0 instead of being torn down mid-write.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    /// <summary>Starts listening for the signals.</summary>
    public StopSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
        ];
    }

    /// <summary>Cancelled when a stop signal arrives.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Stops listening; the default handling of the signals returns.</summary>
    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        // Handled here: the process ends when the command returns, not at once.
        context.Cancel = true;
        _stop.Cancel();
    }
}
