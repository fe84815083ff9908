using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Text;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime.Text;

namespace CeuRules.Explanations;

/// <summary>
/// A <see cref="Finding"/> in plain words, in English or Spanish (United States), from its code and
/// arguments: "The completion date of activity 2 is a number (20240101); expected a date string
/// YYYY-MM-DD." / "La fecha de finalización de la actividad 2 es un número (20240101); se esperaba una
/// fecha escrita AAAA-MM-DD." The place is said in words; the path itself and the code belong in a
/// details part, next to the sentence.
/// </summary>
/// <remarks>
/// <para>The words come from the assembly's resources <c>FindingWords.resx</c> (English) and
/// <c>FindingWords.es.resx</c>, one sentence per code of <see cref="FindingCodes"/>. A finding made with
/// another code, or without the arguments its code's words name, is worded by its place only. In English a
/// finding whose code names no argument keeps its own <see cref="Finding.Message"/>, which may say more.</para>
/// <para>The language follows the rule of <see cref="Explainer.For(CultureInfo)"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class FindingExplainer
{
    private static readonly ResourceManager Resources = new("CeuRules.Explanations.FindingWords", typeof(FindingExplainer).Assembly);

    /// <summary>The words of dates, which write them as the language does.</summary>
    private readonly Explainer dates;

    /// <summary>The policies whose own names of categories, kinds and units the arguments are worded with; empty for the built-in words only.</summary>
    private readonly ImmutableArray<CredentialPolicy> policies;

    private FindingExplainer(Explainer dates)
        : this(dates, ImmutableArray<CredentialPolicy>.Empty)
    {
    }

    private FindingExplainer(Explainer dates, ImmutableArray<CredentialPolicy> policies)
    {
        this.dates = dates;
        this.policies = policies;
        Culture = dates.Culture;
    }

    /// <summary>Findings in English (United States, <c>en-US</c>).</summary>
    public static FindingExplainer English { get; } = new(Explainer.English);

    /// <summary>Findings in Spanish (United States, <c>es-US</c>).</summary>
    public static FindingExplainer Spanish { get; } = new(Explainer.Spanish);

    /// <summary>The words of <see cref="Finding.Message"/>: English, ISO dates, whatever the current culture is.</summary>
    internal static FindingExplainer Messages { get; } = new(Explainer.Messages);

    /// <summary>The culture the words are read in.</summary>
    public CultureInfo Culture { get; }

    private bool SpeaksEnglish => Culture.TwoLetterISOLanguageName != "es";

    /// <summary>The words for a culture: Spanish for a Spanish culture, else English (the rule of <see cref="Explainer.For(CultureInfo)"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The explainer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static FindingExplainer For(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        var words = Explainer.For(culture);
        if (ReferenceEquals(words, Explainer.English))
        {
            return English;
        }
        if (ReferenceEquals(words, Explainer.Spanish))
        {
            return Spanish;
        }
        return new FindingExplainer(words);
    }

    /// <summary>
    /// The words for a culture (as <see cref="For(CultureInfo)"/>) of findings about documents read for
    /// <paramref name="policies"/>: a category, kind of activity or unit an argument names is named as those
    /// policies name it in the reader's language (<see cref="CategoryRule.Names"/>,
    /// <see cref="CredentialPolicy.KindNames"/>, <see cref="UnitRule.PluralNameTranslations"/>), the policy of
    /// the credential the finding names first and the latest version of each first; else as the built-in words do.
    /// </summary>
    /// <param name="culture">The culture.</param>
    /// <param name="policies">The policies, for example the versions of a catalog or the policies of the evaluations a report shows.</param>
    /// <returns>The explainer.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A policy is null.</exception>
    public static FindingExplainer For(CultureInfo culture, IEnumerable<CredentialPolicy> policies)
    {
        Preconditions.CheckNotNull(culture);
        var list = Preconditions.CheckNotNull(policies).Distinct().ToImmutableArray();
        Preconditions.CheckArgument(!list.Contains(null!), "A policy is null.", nameof(policies));
        return list.IsEmpty ? For(culture) : new FindingExplainer(For(culture).dates, list);
    }

    /// <summary>The words for a culture of findings about documents read for <paramref name="catalog"/>: <see cref="For(CultureInfo, IEnumerable{CredentialPolicy})"/> with every version of the catalog.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The explainer.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FindingExplainer For(CultureInfo culture, PolicyCatalog catalog) => For(culture, Preconditions.CheckNotNull(catalog).Policies);

    /// <summary>
    /// The finding in a sentence of this language, naming the value and the place in plain words (never the
    /// path, which belongs in a details part with the code).
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Sentence(Finding finding)
    {
        Preconditions.CheckNotNull(finding);
        bool declared = FindingCodes.TryGet(finding.Code, out var code) && HasArguments(code!, finding);
        if (SpeaksEnglish && (!declared || code!.ArgumentNames.IsEmpty))
        {
            // A code whose words name no value says less than a message made where the finding was found.
            return finding.Message;
        }
        return declared ? Sentence(code!, finding.Path, finding.Arguments) : Fill(Get("Finding.Other"), null, finding.Path, finding.Arguments);
    }

    /// <summary>
    /// Where the finding is, in plain words: "the completion date of activity 2", "la fecha de finalización
    /// de la actividad 2", "cell F14 of the sheet "Activities"". Field names the format does not know are
    /// quoted as written.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The place, starting in lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Place(Finding finding)
    {
        Preconditions.CheckNotNull(finding);
        return Place(finding.Path, finding.Arguments);
    }

    /// <summary>The sentence of a declared code with all its arguments.</summary>
    internal string Sentence(FindingCode code, string path, IReadOnlyDictionary<string, string> arguments) =>
        Fill(Get(code.Id), code, path, arguments);

    /// <summary>Whether the finding carries every argument its code's words name.</summary>
    internal static bool HasArguments(FindingCode code, Finding finding)
    {
        foreach (var name in code.ArgumentNames)
        {
            if (!finding.Arguments.ContainsKey(name))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The resource text with this key in this language, or null when there is none.</summary>
    internal string? Find(string key) => Resources.GetString(key, Culture);

    private string Get(string key) => Find(key) ?? throw new InvalidOperationException($"The finding words have no entry '{key}'.");

    /// <summary>Replaces each {name} of <paramref name="template"/> by the argument worded by its kind; {place} by the place; a capital first letter capitalises the words.</summary>
    private string Fill(string template, FindingCode? code, string path, IReadOnlyDictionary<string, string> arguments)
    {
        var text = new StringBuilder(template.Length + 64);
        // The order the policies' names are looked up in depends on the finding only: found once, for every argument.
        var named = PoliciesFor(arguments);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }
            text.Append(template, i, open - i);
            string name = template.Substring(open + 1, close - open - 1);
            string key = char.ToLowerInvariant(name[0]) + name[1..];
            string words = key == "place" ? Place(path, arguments) : Argument(code, key, arguments, named);
            text.Append(char.IsUpper(name[0]) ? Capitalize(words) : words);
            i = close + 1;
        }
        return text.ToString();
    }

    /// <summary>The policies in the order their names are looked up for a finding: those of the credential it names first, each credential's latest version first.</summary>
    private IReadOnlyList<CredentialPolicy> PoliciesFor(IReadOnlyDictionary<string, string> arguments)
    {
        if (policies.IsEmpty)
        {
            return policies;
        }
        string? credential = arguments.TryGetValue("credential", out var named) ? named : null;
        return policies
            .OrderByDescending(p => credential is not null && (p.Credential.Id == credential || p.Credential.ToString() == credential || p.Credential.Acronym == credential))
            .ThenBy(p => p.Credential.Id, StringComparer.Ordinal)
            .ThenByDescending(p => p.EffectiveFrom)
            .ToList();
    }

    private string Argument(FindingCode? code, string name, IReadOnlyDictionary<string, string> arguments, IReadOnlyList<CredentialPolicy> named)
    {
        string value = arguments.TryGetValue(name, out var given) ? given : string.Empty;
        var kind = FindingArgumentKind.Verbatim;
        string? prefix = null;
        if (code is not null)
        {
            foreach (var argument in code.Arguments)
            {
                if (argument.Name == name)
                {
                    kind = argument.Kind;
                    prefix = argument.WordPrefix;
                }
            }
        }
        return kind switch
        {
            FindingArgumentKind.Date => LocalDatePattern.Iso.Parse(value) is { Success: true } parsed ? dates.Date(parsed.Value) : value,
            FindingArgumentKind.Word => Find(prefix + "." + value) ?? value,
            FindingArgumentKind.Place => Place(value, arguments),
            FindingArgumentKind.Period => PeriodPattern.NormalizingIso.Parse(value) is { Success: true } period ? dates.Period(period.Value) : Find("Length." + value) ?? value,
            FindingArgumentKind.Minutes => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal minutes) ? dates.Minutes(minutes) : value,
            FindingArgumentKind.Category => CategoryName(value, named),
            FindingArgumentKind.Categories => value.Length == 0 ? Get("Categories.none")
                : dates.ListAnd(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(id => CategoryName(id, named))),
            FindingArgumentKind.Credits => value == "none" ? Get("Credits.none")
                : dates.ListAnd(value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(line => CreditLineWords(line, named))),
            FindingArgumentKind.Units => dates.ListAnd(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(id => CreditUnit.IsValidId(id) ? dates.UnitPlural(new CreditUnit(id), named) : id)),
            FindingArgumentKind.Areas => dates.ListAnd(value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(area => AreaWords(area, named))),
            FindingArgumentKind.ActivityKind => LearningActivityKind.IsValidId(value) ? dates.KindLabelAmong(new LearningActivityKind(value), named) : value,
            FindingArgumentKind.Credit => CreditWords(value, named),
            _ => value,
        };
    }

    private string CategoryName(string id, IReadOnlyList<CredentialPolicy> named) => Category.IsValidId(id) ? dates.CategoryNameAmong(new Category(id), named) : id;

    /// <summary>"2 aama-point clinical" as "2 AAMA points (clinical)"; without a category as "2 AAMA points (no category)".</summary>
    private string CreditLineWords(string line, IReadOnlyList<CredentialPolicy> named)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return line;
        }
        string credit = CreditWords(parts[0] + " " + parts[1], named);
        return Grammar.Format(Culture, Get("Credits.line"), [credit, parts.Length > 2 ? CategoryName(parts[2], named) : Get("Credits.uncategorised")]);
    }

    /// <summary>"60 clinical" as "60 minutes (clinical)".</summary>
    private string AreaWords(string area, IReadOnlyList<CredentialPolicy> named)
    {
        int space = area.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !decimal.TryParse(area.AsSpan(0, space), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal minutes))
        {
            return area;
        }
        return Grammar.Format(Culture, Get("Credits.line"), [dates.Minutes(minutes), CategoryName(area[(space + 1)..], named)]);
    }

    /// <summary>"2.5 aama-point" as "2.5 AAMA points"; a unit the words do not know by its id.</summary>
    private string CreditWords(string value, IReadOnlyList<CredentialPolicy> named)
    {
        int space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && decimal.TryParse(value.AsSpan(0, space), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal amount)
            && CreditAmount.TryFromDecimal(amount, out var exact) && CreditUnit.IsValidId(value[(space + 1)..]))
        {
            return dates.UnitAmount(exact, new CreditUnit(value[(space + 1)..]), named);
        }
        return value;
    }

    /// <summary>The place of a path in words (see <see cref="Place(Finding)"/>).</summary>
    internal string Place(string path, IReadOnlyDictionary<string, string> arguments)
    {
        if (path == "$")
        {
            return Get("Place.Document");
        }
        if (path.StartsWith("line ", StringComparison.Ordinal) && long.TryParse(path.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out long line))
        {
            return Format("Place.Line", line);
        }
        int bang = path.IndexOf('!', StringComparison.Ordinal);
        if (bang > 0)
        {
            return CellPlace(path[..bang], path[(bang + 1)..]);
        }
        if ((arguments.TryGetValue("file", out var file) && file == path) || (arguments.TryGetValue("sheet", out var sheet) && sheet == path))
        {
            return Format(file == path ? "Place.File" : "Place.Sheet", path);
        }
        return JsonPlace(path);
    }

    /// <summary>
    /// A place in a sheet: <c>Sheet!14</c> (a row), <c>Sheet!F14</c> (a cell), <c>Sheet!F14.completedOn</c> (a field read
    /// from a cell). A CSV file, named by its file name (<c>a.csv!B3</c>), has no sheets and no cell references a
    /// person sees: its place is a row and a column of the file.
    /// </summary>
    private string CellPlace(string sheet, string cell)
    {
        int dot = cell.IndexOf('.', StringComparison.Ordinal);
        string reference = dot < 0 ? cell : cell[..dot];
        bool file = IsTextFile(sheet);
        if (reference.Length > 0 && reference.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return Format(file ? "Place.RowInFile" : "Place.Row", reference, sheet);
        }
        int digits = reference.AsSpan().IndexOfAnyInRange('0', '9');
        if (file && digits > 0)
        {
            string row = reference[digits..], column = reference[..digits];
            return dot < 0
                ? Format("Place.CellInFile", row, column, sheet)
                : Format("Place.FieldInCellInFile", JsonPlace(cell[(dot + 1)..]), row, column, sheet);
        }
        if (dot < 0)
        {
            return Format("Place.Cell", reference, sheet);
        }
        return Format("Place.FieldInCell", JsonPlace(cell[(dot + 1)..]), reference, sheet);
    }

    /// <summary>Whether a sheet's name is a text file's (CSV, TSV or TXT), as the spreadsheet readers name a CSV file's one table.</summary>
    private static bool IsTextFile(string sheet) =>
        sheet.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || sheet.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || sheet.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A JSON path in words, from the innermost part out: "the amount of credit line 1 of activity 2".</summary>
    private string JsonPlace(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            if (segment.Length == 0)
            {
                continue;
            }
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            if (bracket < 0)
            {
                // A list's own name is said only when the path ends at the list; an item is said by its number.
                parts.Add(Find("Field." + name) ?? Format("Place.Field", name));
            }
            while (bracket >= 0)
            {
                int end = segment.IndexOf(']', bracket);
                if (end < 0 || !int.TryParse(segment.AsSpan(bracket + 1, end - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    parts.Add(Format("Place.Field", segment[bracket..]));
                    break;
                }
                string number = (index + 1L).ToString(CultureInfo.InvariantCulture);
                parts.Add(Find("Item." + name) is { } item ? Grammar.Format(Culture, item, [number]) : Format("Place.Item", number, name));
                bracket = segment.IndexOf('[', end);
            }
        }
        if (parts.Count == 0)
        {
            return Get("Place.Document");
        }
        string place = parts[^1];
        for (int p = parts.Count - 2; p >= 0; p--)
        {
            place = Format("Place.Of", place, parts[p]);
        }
        return place;
    }

    private string Format(string key, params object[] values) => Grammar.Format(Culture, Get(key), values);

    private string Capitalize(string words) =>
        words.Length == 0 ? words : char.ToUpper(words[0], Culture) + words[1..];
}
