using System;
using System.Collections.Immutable;
using System.Globalization;
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

    /// <summary>Adds an error of a declared code; its words come from the code and the arguments.</summary>
    internal void Error(FindingCode code, string path, params (string Name, string Value)[] arguments)
    {
        ErrorCount++;
        list.Add(new Finding(code, FindingSeverity.Error, path, arguments));
    }

    /// <summary>Adds a warning of a declared code; its words come from the code and the arguments.</summary>
    internal void Warning(FindingCode code, string path, params (string Name, string Value)[] arguments) =>
        list.Add(new Finding(code, FindingSeverity.Warning, path, arguments));

    /// <summary>
    /// A whole number from <paramref name="min"/> to <paramref name="max"/>; otherwise null, with an error that
    /// names the value and the place (<c>wrong-type</c>, <c>invalid-number</c> or <c>out-of-range</c>). The one
    /// reading of a whole number that every reader of this assembly and CeuRules.Json shares.
    /// </summary>
    internal int? WholeNumber(JsonElement value, string fieldPath, int min, int max)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            Error(FindingCodes.WrongType, fieldPath, ("value", JsonWords.Raw(value)), ("type", JsonWords.Kind(value)), ("expected", "whole-number"));
            return null;
        }
        if (!JsonWords.TryGetDecimal(value, out decimal number, out bool exact) || !exact || number != decimal.Truncate(number))
        {
            Error(FindingCodes.InvalidNumber, fieldPath, ("value", JsonWords.Raw(value)));
            return null;
        }
        if (number < min || number > max)
        {
            Error(FindingCodes.OutOfRange, fieldPath, ("value", JsonWords.Raw(value)), ("min", JsonWords.Number(min)), ("max", JsonWords.Number(max)));
            return null;
        }
        return (int)number;
    }

    /// <summary>
    /// Reports each field of <paramref name="element"/> that repeats an earlier one (<c>duplicate-field</c>, an
    /// error) or is not one of <paramref name="known"/> (<c>unknown-field</c>, a warning), at its path.
    /// </summary>
    internal void Fields(JsonElement element, string prefix, string[] known)
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Error(FindingCodes.DuplicateField, prefix + property.Name, ("name", JsonWords.Truncate(property.Name)));
            }
            else if (Array.IndexOf(known, property.Name) < 0)
            {
                Warning(FindingCodes.UnknownField, prefix + property.Name, ("name", JsonWords.Truncate(property.Name)));
            }
        }
    }

    internal ImmutableArray<Finding> ToImmutable() => list.ToImmutable();

    /// <summary>The errors added after the first <paramref name="errorCount"/> errors whose path passes <paramref name="where"/>.</summary>
    internal int ErrorsSince(int errorCount, Func<string, bool> where)
    {
        int seen = 0;
        int matching = 0;
        foreach (var finding in list)
        {
            if (finding.Severity == FindingSeverity.Error && seen++ >= errorCount && where(finding.Path))
            {
                matching++;
            }
        }
        return matching;
    }
}

/// <summary>How the readers name JSON values and paths in their messages, and read the values every format shares.</summary>
internal static class JsonWords
{
    /// <summary>A <c>YYYY-MM-DD</c> date from 0001 to 9999, or null after a <c>wrong-type</c> or <c>not-a-date</c> finding.</summary>
    internal static NodaTime.LocalDate? Date(JsonElement value, string fieldPath, JsonFindings findings)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "date"));
            return null;
        }
        string text = value.GetString()!;
        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < 1)
        {
            findings.Error(FindingCodes.NotADate, fieldPath, ("value", Truncate(text)));
            return null;
        }
        return parsed.Value;
    }

    /// <summary>
    /// The number <paramref name="value"/> as a decimal, and whether that decimal is exactly the number
    /// written: <c>0.0099999999999999999999999999999</c> and <c>1e-400</c> fit a decimal only rounded
    /// (to 0.01 and 0), so <paramref name="exact"/> is false for them. Returns false when the number is
    /// beyond a decimal's range.
    /// </summary>
    internal static bool TryGetDecimal(JsonElement value, out decimal number, out bool exact)
    {
        if (!value.TryGetDecimal(out number))
        {
            exact = false;
            return false;
        }
        exact = ExactNumbers.Same(value.GetRawText(), number);
        return true;
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

    /// <summary>A whole number as the arguments write it: invariant digits.</summary>
    internal static string Number(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cut to 60 characters.</summary>
    internal static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>The path of a field: "name" at the root, else "path.name".</summary>
    internal static string Field(string path, string name) => path.Length == 0 ? name : path + "." + name;
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
            findings.Error(FindingCodes.InvalidJson, "$", ("what", what), ("line", "1"), ("byte", "1"));
            return null;
        }
        if (span.Length > maxBytes)
        {
            findings.Error(FindingCodes.DocumentTooLarge, "$", ("what", what), ("limit", JsonWords.Number(maxBytes)));
            return null;
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            findings.Error(FindingCodes.WrongEncoding, "$", ("what", what), ("byte", "1"), ("hex", span[0].ToString("X2", CultureInfo.InvariantCulture)));
            return null;
        }
        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            int invalid = FirstInvalidByte(span);
            findings.Error(FindingCodes.WrongEncoding, "$", ("what", what), ("byte", JsonWords.Number(invalid + 1L)), ("hex", span[invalid].ToString("X2", CultureInfo.InvariantCulture)));
            return null;
        }
        var handling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow;
        try
        {
            // An escape such as "\ud800" (half a character) is valid JSON but not text: every string that
            // holds one would throw when read, so the document is refused here with the string's path.
            if (span.IndexOf("\\u"u8) >= 0 && InvalidEscape(span, maxDepth, handling, lenient) is { } at)
            {
                findings.Error(FindingCodes.InvalidEscape, at.Path, ("what", what));
                return null;
            }
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = handling, AllowTrailingCommas = lenient });
        }
        catch (JsonException e)
        {
            if (IsTooDeep(span, maxDepth, handling, lenient))
            {
                findings.Error(FindingCodes.TooDeep, "$", ("what", what), ("limit", JsonWords.Number(maxDepth)));
            }
            else
            {
                findings.Error(FindingCodes.InvalidJson, "$", ("what", what), ("line", JsonWords.Number((e.LineNumber ?? 0) + 1)), ("byte", JsonWords.Number((e.BytePositionInLine ?? 0) + 1)));
            }
            return null;
        }
    }

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, read up to one chunk past <paramref name="maxBytes"/>
    /// (a pipe, a device or a file growing as it is read is never read whole), or null after a
    /// <c>cannot-read</c> or <c>document-too-large</c> finding.
    /// </summary>
    internal static ReadOnlyMemory<byte>? ReadFile(string path, int maxBytes, string what, JsonFindings findings)
    {
        try
        {
            using var stream = new System.IO.FileStream(path, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.ReadWrite, 1, System.IO.FileOptions.SequentialScan);
            return ReadAll(stream, maxBytes) ?? TooLarge(maxBytes, what, findings);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            findings.Error(FindingCodes.CannotRead, "$", ("what", what), ("file", path), ("reason", FindingCodes.ReadProblem(e)));
            return null;
        }
    }

    /// <summary>Adds the <c>document-too-large</c> finding of a stream read past <paramref name="maxBytes"/>, and returns null.</summary>
    internal static ReadOnlyMemory<byte>? TooLarge(int maxBytes, string what, JsonFindings findings)
    {
        findings.Error(FindingCodes.DocumentTooLarge, "$", ("what", what), ("limit", JsonWords.Number(maxBytes)));
        return null;
    }

    /// <summary>Reads a stream to its end, or returns null as soon as it has more than <paramref name="maxBytes"/> bytes.</summary>
    internal static async System.Threading.Tasks.Task<ReadOnlyMemory<byte>?> ReadAllAsync(System.IO.Stream stream, int maxBytes, System.Threading.CancellationToken cancellationToken)
    {
        using var buffer = new System.IO.MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
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

    /// <summary>The path of the first string or field name whose escapes do not make text, or null.</summary>
    private static (string Path, bool IsKey)? InvalidEscape(ReadOnlySpan<byte> utf8Json, int maxDepth, JsonCommentHandling handling, bool lenient)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = handling, AllowTrailingCommas = lenient });
        // One frame per open container: whether it is an array, the items seen so far, and the name of the current field.
        var frames = new System.Collections.Generic.List<(bool IsArray, int Count, string Name, string Path)>();
        string Segment()
        {
            if (frames.Count == 0)
            {
                return "$";
            }
            var (isArray, count, name, path) = frames[^1];
            string parent = path == "$" ? string.Empty : path;
            return isArray ? $"{parent}[{count}]" : JsonWords.Field(parent, name);
        }
        void Next()
        {
            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = frames[^1] with { Count = frames[^1].Count + 1 };
            }
        }
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!TryText(ref reader, out string name))
                        {
                            return (frames.Count == 0 || frames[^1].Path == "$" ? "$" : frames[^1].Path, true);
                        }
                        frames[^1] = frames[^1] with { Name = JsonWords.Truncate(name) };
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, 0, string.Empty, Segment()));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        Next();
                        break;
                    case JsonTokenType.String:
                        if (!TryText(ref reader, out _))
                        {
                            return (Segment(), false);
                        }
                        Next();
                        break;
                    default:
                        Next();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Invalid JSON: the parser says so with its own position.
        }
        return null;
    }

    private static bool TryText(ref Utf8JsonReader reader, out string text)
    {
        if (!reader.ValueIsEscaped)
        {
            text = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString()! : string.Empty;
            return true;
        }
        text = string.Empty;
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
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
