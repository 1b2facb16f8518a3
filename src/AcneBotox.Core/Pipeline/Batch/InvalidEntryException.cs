namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>A cache entry that does not match the schema; the message says which field and why.</summary>
internal sealed class InvalidEntryException(string message) : Exception(message);
