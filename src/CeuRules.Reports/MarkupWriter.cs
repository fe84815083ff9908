using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;

namespace CeuRules.Reports;

/// <summary>
/// Writes HTML that is also well-formed XML: every element opened is closed in order, void elements
/// are self-closed, and every text and attribute value is HTML-encoded. Characters that HTML forbids
/// (control characters other than tab and line breaks, lone surrogates) are dropped from text.
/// </summary>
internal sealed class MarkupWriter
{
    private readonly TextWriter writer;
    private readonly Stack<string> open = new();

    internal MarkupWriter(TextWriter writer) => this.writer = writer;

    /// <summary>Writes the start tag of an element, to be closed by <see cref="Close"/>.</summary>
    internal MarkupWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        writer.Write('>');
        open.Push(tag);
        return this;
    }

    /// <summary>Closes the element opened last, checking it is the one expected.</summary>
    internal MarkupWriter Close(string tag)
    {
        var last = open.Pop();
        if (!string.Equals(last, tag, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Closing <{tag}> while <{last}> is open.");
        }
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
        return this;
    }

    /// <summary>Writes an element holding only text.</summary>
    internal MarkupWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Writes an element without content, self-closed (<c>&lt;br/&gt;</c>, <c>&lt;circle .../&gt;</c>).</summary>
    internal MarkupWriter Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        writer.Write("/>");
        return this;
    }

    /// <summary>Writes encoded text.</summary>
    internal MarkupWriter Text(string? text)
    {
        writer.Write(Encode(text));
        return this;
    }

    /// <summary>Writes markup as it is; only for constant markup written by this program (the doctype, the style sheet).</summary>
    internal MarkupWriter Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    /// <summary>Text as HTML: forbidden characters dropped, then encoded.</summary>
    internal static string Encode(string? text) => WebUtility.HtmlEncode(Clean(text ?? string.Empty));

    private void StartTag(string tag, (string Name, string? Value)[] attributes)
    {
        writer.Write('<');
        writer.Write(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            writer.Write(' ');
            writer.Write(name);
            writer.Write("=\"");
            writer.Write(Encode(value));
            writer.Write('"');
        }
    }

    private static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (char c in text)
        {
            if (!IsAllowed(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\u007f' && !(c >= '\u0080' && c <= '\u009f') && !char.IsSurrogate(c) && c != '\ufffe' && c != '\uffff');
}
