using System.Collections.Immutable;
using AcneBotox.Core.Model;

namespace AcneBotox.Tests.Checks;

/// <summary>Builds small model documents for check tests, so they do not depend on a reader's rules.</summary>
internal static class CheckDocuments
{
    public static Metadata Meta(string title = "Test handout") =>
        new() { Title = title, Provenance = new Provenance("test.md", new string('0', 64)) };

    public static Paragraph Para(string text, int? line = null) => new([new Text(text)]) { SourceLine = line };

    public static Heading H(int level, string text, int? line = null) => new(level, [new Text(text)], text.ToLowerInvariant().Replace(' ', '-')) { SourceLine = line };

    public static BulletList Bullets(params string[] items) =>
        new([.. items.Select(i => ImmutableArray.Create<Block>(Para(i)))]);

    public static Document Doc(params Block[] blocks) => new(Meta(), [.. blocks]);

    public static Document Doc(Metadata metadata, params Block[] blocks) => new(metadata, [.. blocks]);
}
