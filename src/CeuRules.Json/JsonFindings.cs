using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace CeuRules.Json;

/// <summary>The findings of one read, in order; shared by the readers of this assembly.</summary>
internal sealed class JsonFindings
{
    private readonly ImmutableArray<DocumentFinding>.Builder list = ImmutableArray.CreateBuilder<DocumentFinding>();

    internal int ErrorCount { get; private set; }

    internal void Error(string code, string path, string message)
    {
        ErrorCount++;
        list.Add(new DocumentFinding(code, FindingSeverity.Error, path, message));
    }

    internal void Warning(string code, string path, string message) => list.Add(new DocumentFinding(code, FindingSeverity.Warning, path, message));

    internal ImmutableArray<DocumentFinding> ToImmutable() => list.ToImmutable();
}

/// <summary>How the readers name JSON values and paths in their messages.</summary>
internal static class JsonWords
{
    /// <summary>The JSON type of a value, as a reader says it: "object", "array", "string", "number", "boolean" or "null".</summary>
    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>The value's JSON text, cut to 60 characters.</summary>
    internal static string Raw(JsonElement element) => Truncate(element.GetRawText());

    /// <summary>A text cut to 60 characters.</summary>
    internal static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>The path of a field: "name" at the root, else "path.name".</summary>
    internal static string Field(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>The first sentence of a parser's message.</summary>
    internal static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
