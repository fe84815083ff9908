using System;
using System.IO;
using System.Text;

namespace CeuRules.Cli;

/// <summary>A write-only stream of UTF-8 bytes that goes to a <see cref="TextWriter"/> as characters, chunk by chunk.</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }
        int written = decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, written);
    }
}
