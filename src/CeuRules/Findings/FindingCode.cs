using System.Collections.Immutable;
using System.Linq;
using CeuRules.Utility;

namespace CeuRules;

/// <summary>
/// One declared kind of <see cref="Finding"/>: its stable code and the arguments its words name.
/// Every code is declared once, in <see cref="FindingCodes"/>; the explanation layer words a finding
/// from its code and arguments, in English for <see cref="Finding.Message"/> and in the reader's
/// language for every face.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FindingCode
{
    internal FindingCode(string id, params FindingArgument[] arguments)
    {
        Id = Preconditions.CheckNotBlank(id);
        Arguments = [.. arguments];
        ArgumentNames = [.. arguments.Select(a => a.Name)];
    }

    /// <summary>The stable code, in kebab case, for example <c>not-a-date</c>.</summary>
    public string Id { get; }

    /// <summary>The names of the arguments every finding of this code carries and its words name, for example <c>value</c>.</summary>
    public ImmutableArray<string> ArgumentNames { get; }

    /// <summary>The arguments with how each is worded.</summary>
    internal ImmutableArray<FindingArgument> Arguments { get; }

    /// <summary>The code.</summary>
    /// <returns>For example "not-a-date".</returns>
    public override string ToString() => Id;
}

/// <summary>How an argument of a finding is worded.</summary>
internal enum FindingArgumentKind
{
    /// <summary>Shown as given: a text quoted from the input, an id, a number or a list of ids.</summary>
    Verbatim,

    /// <summary>An ISO date, written as the reader's language writes dates.</summary>
    Date,

    /// <summary>A word from a closed set (a JSON type, what was expected), translated by its resource key.</summary>
    Word,

    /// <summary>A path inside the document, written as a place in plain words.</summary>
    Place,

    /// <summary>An ISO 8601 period (such as <c>P6M</c>), written as a length of time in words; <c>unstated</c> for a length not given.</summary>
    Period,

    /// <summary>A number of minutes, written with its unit.</summary>
    Minutes,

    /// <summary>A category id, written as the category's name where the words know it.</summary>
    Category,

    /// <summary>Category ids separated by commas, written as a list of the categories' names; empty for none.</summary>
    Categories,

    /// <summary>A kind of activity's id, written as the kind's name where the words know it.</summary>
    ActivityKind,

    /// <summary>An amount and a unit id separated by a space (such as <c>2.5 aama-point</c>), written with the unit's name where the words know it.</summary>
    Credit,

    /// <summary>Credit lines separated by semicolons, each an amount, a unit id and optionally a category id (such as <c>2 aama-point clinical;1 aama-point</c>); <c>none</c> when there is none.</summary>
    Credits,

    /// <summary>Unit ids separated by commas, written as the units' names.</summary>
    Units,

    /// <summary>Content areas separated by semicolons, each minutes and a category id (such as <c>60 clinical;20 administrative</c>).</summary>
    Areas,
}

/// <summary>One declared argument of a <see cref="FindingCode"/>: its name, how it is worded and, for a word, its resource prefix.</summary>
internal readonly record struct FindingArgument(string Name, FindingArgumentKind Kind, string? WordPrefix = null)
{
    internal static FindingArgument Text(string name) => new(name, FindingArgumentKind.Verbatim);

    internal static FindingArgument Date(string name) => new(name, FindingArgumentKind.Date);

    internal static FindingArgument Word(string name, string prefix) => new(name, FindingArgumentKind.Word, prefix);

    internal static FindingArgument Place(string name) => new(name, FindingArgumentKind.Place);

    internal static FindingArgument Period(string name) => new(name, FindingArgumentKind.Period);

    internal static FindingArgument Minutes(string name) => new(name, FindingArgumentKind.Minutes);

    internal static FindingArgument Category(string name) => new(name, FindingArgumentKind.Category);

    internal static FindingArgument Categories(string name) => new(name, FindingArgumentKind.Categories);

    internal static FindingArgument ActivityKind(string name) => new(name, FindingArgumentKind.ActivityKind);

    internal static FindingArgument Credit(string name) => new(name, FindingArgumentKind.Credit);

    internal static FindingArgument Credits(string name) => new(name, FindingArgumentKind.Credits);

    internal static FindingArgument Units(string name) => new(name, FindingArgumentKind.Units);

    internal static FindingArgument Areas(string name) => new(name, FindingArgumentKind.Areas);
}
