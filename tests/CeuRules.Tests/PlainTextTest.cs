using System.Linq;
using Xunit;

namespace CeuRules.Tests;

/// <summary>Every control character (C0, DEL, C1), the line and paragraph separators and every bidirectional formatting character, as a class.</summary>
public sealed class PlainTextTest
{
    /// <summary>Every character <see cref="PlainText"/> must make visible.</summary>
    public static readonly char[] Unsafe =
    [
        .. Enumerable.Range(0, 0x20).Select(i => (char)i),
        .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i),
        '\u061C', '\u200E', '\u200F', '\u2028', '\u2029',
        .. Enumerable.Range(0x202A, 5).Select(i => (char)i),
        .. Enumerable.Range(0x2066, 4).Select(i => (char)i),
    ];

    [Fact]
    public void Every_unsafe_character_is_escaped_visibly_and_stripped_and_nothing_else_is_touched()
    {
        foreach (char c in Unsafe)
        {
            Assert.True(PlainText.IsUnsafe(c), $"U+{(int)c:X4}");
            Assert.Equal($"a\\u{(int)c:X4}b", PlainText.Escape($"a{c}b"));
            Assert.Equal("ab", PlainText.Strip($"a{c}b"));
        }
        var safe = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !Unsafe.Contains(c)).ToArray();
        Assert.All(safe, c => Assert.False(PlainText.IsUnsafe(c), $"U+{(int)c:X4}"));
        var text = new string(safe.Where(c => !char.IsSurrogate(c)).ToArray());
        Assert.Same(text, PlainText.Escape(text));
        Assert.Equal(string.Empty, PlainText.Escape(null));
        // The terminal attack of the review: colour, then retitle the window.
        Assert.Equal("\\u001B[31mred\\u001B]0;title\\u0007", PlainText.Escape("\u001b[31mred\u001b]0;title\u0007"));
    }
}
