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
}

/// <summary>One declared argument of a <see cref="FindingCode"/>: its name, how it is worded and, for a word, its resource prefix.</summary>
internal readonly record struct FindingArgument(string Name, FindingArgumentKind Kind, string? WordPrefix = null)
{
    internal static FindingArgument Text(string name) => new(name, FindingArgumentKind.Verbatim);

    internal static FindingArgument Date(string name) => new(name, FindingArgumentKind.Date);

    internal static FindingArgument Word(string name, string prefix) => new(name, FindingArgumentKind.Word, prefix);

    internal static FindingArgument Place(string name) => new(name, FindingArgumentKind.Place);
}
