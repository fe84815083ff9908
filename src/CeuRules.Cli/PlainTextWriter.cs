using System.IO;
using System.Text;

namespace CeuRules.Cli;

/// <summary>
/// The error stream as a person reads it: every control character and bidirectional override is written as
/// a visible <c>\uXXXX</c> escape (<see cref="PlainText"/>), so a document's text quoted in a message cannot
/// move the cursor, recolour or retitle the terminal, or reorder the line. A line end the command writes with
/// <see cref="WriteLine(string)"/> stays a line end; one inside the text is escaped.
/// </summary>
internal sealed class PlainTextWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer under this one (for the progress bar, which writes its own escape sequences).</summary>
    internal TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    /// <summary>The writer under <paramref name="writer"/> when it is a <see cref="PlainTextWriter"/>, else itself.</summary>
    internal static TextWriter Unwrap(TextWriter writer) => writer is PlainTextWriter plain ? plain.Inner : writer;

    public override void Write(char value)
    {
        if (value == '\n' || !PlainText.IsUnsafe(value))
        {
            Inner.Write(value);
        }
        else
        {
            Inner.Write(PlainText.Escape(value.ToString()));
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        // Line ends written as text by the command stay; every other control character is escaped.
        var lines = value.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Inner.Write('\n');
            }
            Inner.Write(PlainText.Escape(lines[i]));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Inner.Write(PlainText.Escape(value));
        Inner.WriteLine();
    }

    public override void WriteLine() => Inner.WriteLine();

    public override void Flush() => Inner.Flush();
}
