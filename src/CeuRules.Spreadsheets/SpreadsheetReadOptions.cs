using System;
using System.Collections.Immutable;
using System.Linq;

namespace CeuRules.Spreadsheets;

/// <summary>
/// How to read a spreadsheet whose headers are a person's own: each header named here is read as the
/// column id given, before the accepted aliases are tried (docs/hr-integration.md lists both).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SpreadsheetReadOptions
{
    /// <summary>Every column id a header can be mapped to, over the activities, certifications and exam attempts sheets.</summary>
    public static ImmutableArray<string> ColumnIds { get; } =
        SpreadsheetWords.ActivityColumns.Values
            .Concat(SpreadsheetWords.CertificationColumns.Values)
            .Concat(SpreadsheetWords.ExamColumns.Values)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The options with no header of one's own: only the column ids and the documented aliases are read.</summary>
    public static SpreadsheetReadOptions Default { get; } = new(ImmutableDictionary<string, string>.Empty);

    private SpreadsheetReadOptions(ImmutableDictionary<string, string> columns) => Columns = columns;

    /// <summary>One's own headers (compared without case, spaces or punctuation) and the column id each is read as.</summary>
    public ImmutableDictionary<string, string> Columns { get; }

    /// <summary>Returns options that also read <paramref name="header"/> as the column <paramref name="columnId"/>.</summary>
    /// <param name="header">A header as it appears in the file, for example "Employee #".</param>
    /// <param name="columnId">The column id, one of <see cref="ColumnIds"/>, for example "personId".</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="header"/> has no letter or digit, or <paramref name="columnId"/> is not a column id.</exception>
    public SpreadsheetReadOptions WithColumn(string header, string columnId)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(columnId);
        var key = SpreadsheetWords.Normalize(header);
        if (key.Length == 0)
        {
            throw new ArgumentException($"The header '{header}' has no letter or digit.", nameof(header));
        }
        if (!ColumnIds.Contains(columnId, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{columnId}' is not a column id; known: {string.Join(", ", ColumnIds)}.", nameof(columnId));
        }
        return new SpreadsheetReadOptions(Columns.SetItem(key, columnId));
    }

    /// <summary>
    /// Returns options that also read a header as a column id, given as one mapping <c>HEADER=ID</c> (the form
    /// of <c>ceurules batch --column</c> and of the web app's column mapping), for example <c>Employee #=personId</c>.
    /// The last '=' separates the header from the id.
    /// </summary>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mapping"/> has no '=' after a header, its header has no letter or digit, or its id is not a column id.</exception>
    public SpreadsheetReadOptions WithColumnMapping(string mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        int equals = mapping.LastIndexOf('=');
        if (equals <= 0)
        {
            throw new ArgumentException($"'{mapping}' is not HEADER=COLUMN-ID, for example \"Employee #=personId\".", nameof(mapping));
        }
        return WithColumn(mapping[..equals], mapping[(equals + 1)..].Trim());
    }

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        Columns.IsEmpty ? "the standard headers" : "headers " + string.Join(", ", Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"'{c.Key}'={c.Value}"));
}
