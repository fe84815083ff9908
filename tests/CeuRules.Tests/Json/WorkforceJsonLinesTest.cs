using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CeuRules.Json;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>Splitting a JSON Lines workforce: every fault of a line is one refused line, and reading goes on.</summary>
public sealed class WorkforceJsonLinesTest
{
    private const string Good = """{"personId":"P","certifications":[{"credential":"aama-cma","certifiedOn":"2021-02-10"}],"activities":[]}""";

    private static async Task<List<WorkforceJsonLine>> Lines(byte[] bytes, int maxLine = 256, long maxBytes = long.MaxValue)
    {
        var list = new List<WorkforceJsonLine>();
        await foreach (var line in WorkforceJsonLines.ReadLinesAsync(new MemoryStream(bytes), maxLine, maxBytes))
        {
            list.Add(line);
        }
        return list;
    }

    public static TheoryData<string> LineEnds => new() { "\n", "\r\n" };

    [Theory]
    [MemberData(nameof(LineEnds))]
    public async Task Blank_lines_are_left_out_but_counted_and_line_ends_are_removed(string end)
    {
        var lines = await Lines(Encoding.UTF8.GetBytes($"{Good}{end}{end}  \t{end}{Good}{end}{Good}"));
        Assert.Equal([1L, 4L, 5L], lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Equal(Good, Encoding.UTF8.GetString(l.Bytes.Span)));
        Assert.All(lines, l => Assert.Null(l.Refusal));
    }

    [Theory]
    [InlineData(257, 256)]
    [InlineData(4000, 256)]
    [InlineData(70_000, 8192)]     // longer than one read
    [InlineData(130_000, 8192)]
    public async Task A_line_over_the_limit_is_one_refused_line_wherever_it_is_and_the_next_lines_are_read(int length, int maxLine)
    {
        foreach (int position in new[] { 0, 1, 2 })
        {
            var parts = new List<string> { Good, Good, Good };
            parts.Insert(position, new string('x', length));
            var lines = await Lines(Encoding.UTF8.GetBytes(string.Join("\n", parts)), maxLine);
            Assert.Equal([1L, 2L, 3L, 4L], lines.Select(l => l.Number));
            var refused = Assert.Single(lines, l => l.Refusal is not null);
            Assert.Equal(position + 1, refused.Number);
            Assert.Equal("line-too-large", refused.Refusal!.Code);
            Assert.Contains($"{length} bytes", refused.Refusal.Message, StringComparison.Ordinal);
            Assert.True(refused.Bytes.IsEmpty);
        }
    }

    [Fact]
    public async Task A_line_without_an_end_stops_the_reading_just_past_sixteen_times_the_line_limit()
    {
        using var stream = new HostileInputTest.Endless();
        var lines = new List<WorkforceJsonLine>();
        await foreach (var line in WorkforceJsonLines.ReadLinesAsync(stream, 1024))
        {
            lines.Add(line);
        }
        Assert.Equal("line-too-large", Assert.Single(lines).Refusal!.Code);
        Assert.InRange(stream.Served, 16 * 1024, (16 * 1024) + (1 << 16));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    [InlineData(1500)]
    public async Task A_stream_over_its_limit_ends_with_one_refused_line_after_the_complete_lines_within_it(int limit)
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Good + "\n", 20)));
        var lines = await Lines(body, maxLine: 256, maxBytes: limit);
        var last = lines[^1];
        Assert.Equal("document-too-large", last.Refusal!.Code);
        Assert.Equal(limit / (Good.Length + 1), lines.Count - 1);
        Assert.Equal(lines.Count, last.Number);
    }

    [Fact]
    public void A_refused_or_malformed_line_reads_as_a_malformed_entry_and_a_good_one_as_a_person()
    {
        Assert.Equal("P", WorkforceJsonLines.Read(new WorkforceJsonLine(1, Encoding.UTF8.GetBytes(Good), null)).Person!.PersonId);
        foreach (var (text, code) in new[] { ("{", "invalid-json"), ("{\"certifications\":[],\"activities\":[]}", "missing-field"), ("{\"personId\":\" \",\"certifications\":[],\"activities\":[]}", null) })
        {
            var entry = WorkforceJsonLines.Read(new WorkforceJsonLine(7, Encoding.UTF8.GetBytes(text), null));
            Assert.True(entry.IsMalformed, text);
            Assert.Equal(7, entry.Line);
            if (code is not null)
            {
                Assert.Contains(entry.Findings, f => f.Code == code);
            }
        }
        var refused = WorkforceJsonLines.Read(new WorkforceJsonLine(3, ReadOnlyMemory<byte>.Empty, new Finding("line-too-large", FindingSeverity.Error, "$", "long")));
        Assert.Equal("line-too-large", Assert.Single(refused.Findings).Code);
    }
}
