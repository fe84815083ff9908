using System.Collections.Immutable;
using CeuRules.Json;

namespace CeuRules.Spreadsheets;

/// <summary>
/// What reading a spreadsheet produced: one read result per person, in the order the certifications
/// sheet first names them, and every finding, each located by sheet, row and column. Nothing is dropped
/// silently: each cell, row or person left out has an error finding saying so.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SpreadsheetReadResult
{
    internal SpreadsheetReadResult(ImmutableArray<TranscriptReadResult> people, ImmutableArray<int> personRows, ImmutableArray<string?> personIds, ImmutableArray<Finding> findings)
    {
        People = people;
        PersonRows = personRows;
        PersonIds = personIds;
        Findings = findings;
    }

    /// <summary>The row of each person's first certification, at the same index as <see cref="People"/>.</summary>
    public ImmutableArray<int> PersonRows { get; }

    /// <summary>The id of each person (null without a person column), at the same index as <see cref="People"/>, also when their document could not be read.</summary>
    public ImmutableArray<string?> PersonIds { get; }

    /// <summary>
    /// Each person's document with the findings about their rows; a person's document is null when none of
    /// their certifications could be read. Without a person column, the one person has a null id.
    /// </summary>
    public ImmutableArray<TranscriptReadResult> People { get; }

    /// <summary>Every finding, about people or about the file as a whole (a missing sheet, an unknown column), in file order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Whether no finding is an error (warnings and information allowed).</summary>
    public bool IsValid => Finding.AreValid(Findings);

    /// <summary>
    /// The file as one person's document, for evaluating it alone: the one person's document and every
    /// finding of the file. When the file names several people, the document is null and an error finding
    /// says to use a batch instead.
    /// </summary>
    /// <returns>The read result.</returns>
    public TranscriptReadResult ToSingleDocument()
    {
        if (People.Length == 1)
        {
            return new TranscriptReadResult(People[0].Document, Findings);
        }
        var finding = People.IsEmpty
            ? new Finding(FindingCodes.NoCertification, FindingSeverity.Error, "$", ("what", "document"))
            : new Finding(FindingCodes.SeveralPeople, FindingSeverity.Error, "$", ("people", People.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new TranscriptReadResult(null, Findings.Add(finding));
    }

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"{People.Length} people, {Findings.Length} findings{(IsValid ? "" : ", with errors")}";
}
