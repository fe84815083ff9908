using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace CeuRules.Json;

/// <summary>The findings of one read, in order; shared by the readers of this assembly.</summary>
internal sealed class JsonFindings
{
    private readonly ImmutableArray<Finding>.Builder list = ImmutableArray.CreateBuilder<Finding>();

    internal int ErrorCount { get; private set; }

    internal void Error(string code, string path, string message)
    {
        ErrorCount++;
        list.Add(new Finding(code, FindingSeverity.Error, path, message));
    }

    internal void Warning(string code, string path, string message) => list.Add(new Finding(code, FindingSeverity.Warning, path, message));

    internal ImmutableArray<Finding> ToImmutable() => list.ToImmutable();
}

/// <summary>How the readers name JSON values and paths in their messages, and read the values every format shares.</summary>
internal static class JsonWords
{
    /// <summary>A <c>YYYY-MM-DD</c> date from 0001 to 9999, or null after a <c>wrong-type</c> or <c>not-a-date</c> finding.</summary>
    internal static NodaTime.LocalDate? Date(JsonElement value, string fieldPath, JsonFindings findings)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            findings.Error("wrong-type", fieldPath, $"{Raw(value)} is a JSON {Kind(value)}; expected a date string YYYY-MM-DD.");
            return null;
        }
        string text = value.GetString()!;
        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < 1)
        {
            findings.Error("not-a-date", fieldPath, $"'{Truncate(text)}' is not a date (expected YYYY-MM-DD, years 0001 to 9999).");
            return null;
        }
        return parsed.Value;
    }

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

/// <summary>Turning a document's bytes into a parsed JSON document, or into findings saying why not; shared by the readers.</summary>
internal static class JsonInput
{
    /// <summary>
    /// Parses <paramref name="utf8Json"/>: reads past a UTF-8 byte order mark, refuses UTF-16 and
    /// invalid UTF-8 (<c>wrong-encoding</c>), an empty or oversized document (<c>invalid-json</c>,
    /// <c>document-too-large</c>), nesting deeper than <paramref name="maxDepth"/> (<c>too-deep</c>) and
    /// invalid JSON (<c>invalid-json</c>). Returns null after adding the finding.
    /// </summary>
    internal static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, int maxBytes, int maxDepth, string what, JsonFindings findings, bool lenient = false)
    {
        if (utf8Json.Length > 2 && utf8Json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];   // a UTF-8 byte order mark, as spreadsheet exports write: read past it
        }
        var span = utf8Json.Span;
        if (span.Length == 0 || span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).Length == 0)
        {
            findings.Error("invalid-json", "$", $"The {what} is empty; expected a JSON object.");
            return null;
        }
        if (span.Length > maxBytes)
        {
            findings.Error("document-too-large", "$", $"The {what} has {span.Length} bytes; at most {maxBytes} are accepted.");
            return null;
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            findings.Error("wrong-encoding", "$", $"The {what} is encoded as UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.");
            return null;
        }
        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            int invalid = FirstInvalidByte(span);
            findings.Error("wrong-encoding", "$", $"The {what} is not valid UTF-8 (byte {invalid + 1} is 0x{span[invalid]:X2}); save it as UTF-8.");
            return null;
        }
        var handling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow;
        try
        {
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = handling, AllowTrailingCommas = lenient });
        }
        catch (JsonException e)
        {
            if (IsTooDeep(span, maxDepth, handling, lenient))
            {
                findings.Error("too-deep", "$", $"The {what} nests values more than {maxDepth} levels deep; the format needs far fewer.");
            }
            else
            {
                findings.Error("invalid-json", "$",
                    $"The {what} is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}): {JsonWords.FirstSentence(e.Message)}");
            }
            return null;
        }
    }

    /// <summary>Reads a stream to its end, or returns null as soon as it has more than <paramref name="maxBytes"/> bytes.</summary>
    internal static ReadOnlyMemory<byte>? ReadAll(System.IO.Stream stream, int maxBytes)
    {
        using var buffer = new System.IO.MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsTooDeep(ReadOnlySpan<byte> utf8Json, int maxDepth, JsonCommentHandling handling, bool lenient)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth * 2, CommentHandling = handling, AllowTrailingCommas = lenient });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return reader.CurrentDepth >= maxDepth;
        }
        return false;
    }

    /// <summary>The index of the first byte that does not start a valid UTF-8 character.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length && System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            i += consumed;
        }
        return Math.Min(i, bytes.Length - 1);
    }
}
