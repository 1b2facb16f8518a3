using System.Globalization;
using AcneBotox.Cli;

// Outputs must be the same bytes on every machine, so the process never formats with the machine's culture:
// under ar-SA a library formatting a date uses the Hijri calendar (a PDF dated 1420), under de-DE a decimal comma.
// Our own code formats with the invariant culture explicitly; this also covers the libraries we call.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
AcneBotox.Core.Diagnostics.StageTrace.Mark("main entered");
return CliApp.Run(args, Console.Out, Console.Error);
