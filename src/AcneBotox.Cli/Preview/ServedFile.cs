namespace AcneBotox.Cli.Preview;

/// <summary>What a request for a file under a served folder comes to.</summary>
/// <param name="Status">The HTTP status: 200, 403 (refused: outside the folder, a link leading out, a hidden file, a
/// device) or 404.</param>
/// <param name="Bytes">The file's bytes, with 200.</param>
/// <param name="ContentType">The file's media type, with 200.</param>
/// <param name="Reason">Why it was refused or not found, in plain words.</param>
internal sealed record ServedFile(int Status, byte[]? Bytes, string? ContentType, string? Reason)
{
    /// <summary>The file itself.</summary>
    public static ServedFile Found(byte[] bytes, string contentType) => new(200, bytes, contentType, null);

    /// <summary>Refused (403): the path leads outside the folder or to something the preview never serves.</summary>
    public static ServedFile Refused(string reason) => new(403, null, null, "refused: " + reason);

    /// <summary>No such file (404).</summary>
    public static ServedFile NotFound(string reason) => new(404, null, null, reason);
}
