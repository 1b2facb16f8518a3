using System.Diagnostics.CodeAnalysis;

namespace AcneBotox.Testing;

/// <summary>
/// Skips the running test and makes its reason part of <c>dotnet test</c>'s normal output. xUnit's own skip prints
/// the reason only at the console logger's "normal" verbosity (which also lists every passing test), so the reason
/// is sent first as a diagnostic message, which xunit.runner.json's <c>diagnosticMessages</c> prints at every
/// verbosity: <c>[xUnit.net ...] AcneBotox.Tests: Some.Test [SKIP] the reason</c>. Tests skip only through here
/// (a test checks that no other skip call is used).
/// </summary>
public static class TestSkip
{
    /// <summary>Skips the test, saying why.</summary>
    [DoesNotReturn]
    public static void Now(string reason)
    {
        TestContext.Current.SendDiagnosticMessage($"{TestContext.Current.Test?.TestDisplayName ?? "a test"} [SKIP] {reason}");
        Assert.Skip(reason);
    }

    /// <summary>Skips the test when <paramref name="condition"/> holds, saying why.</summary>
    public static void When([DoesNotReturnIf(true)] bool condition, string reason)
    {
        if (condition) Now(reason);
    }
}
