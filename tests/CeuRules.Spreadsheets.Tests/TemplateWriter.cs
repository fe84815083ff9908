using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>Writes docs/examples/hr-workforce.xlsx from the shipped CSV files when CEURULES_UPDATE_SNAPSHOTS=1.</summary>
public sealed class TemplateWriter
{
    [Fact]
    public void The_shipped_template_is_written_from_the_shipped_csv_files_on_request()
    {
        using var activities = File.OpenRead(Paths.Examples("hr-activities.csv"));
        using var certifications = File.OpenRead(Paths.Examples("hr-certifications.csv"));
        var read = SpreadsheetTranscriptReader.ReadCsv(new CsvInput("hr-activities.csv", activities), new CsvInput("hr-certifications.csv", certifications));
        Assert.True(read.IsValid, string.Join("\n", read.Findings));
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_SNAPSHOTS") == "1")
        {
            using var output = File.Create(Paths.Examples("hr-workforce.xlsx"));
            SpreadsheetTranscriptWriter.WriteXlsx(output, read.People.Select(p => p.Document!));
        }
        Assert.True(File.Exists(Paths.Examples("hr-workforce.xlsx")));
    }
}
