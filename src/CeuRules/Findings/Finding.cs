using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Utility;

namespace CeuRules;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>Something could not be read or is wrong; the part concerned was left out or refused, and the finding says so (<c>error</c>).</summary>
    Error = 0,

    /// <summary>Read, but worth a person's attention (<c>warning</c>).</summary>
    Warning = 1,

    /// <summary>For information only (<c>info</c>).</summary>
    Info = 2,
}

/// <summary>
/// One problem found in what a person or a system gave CeuRules: a transcript, a policy file, a course
/// catalog or a batch line. Every reader and validator of the library reports this one shape: a stable
/// code, a severity, the path of the value concerned (for example <c>activities[3].completedOn</c> or
/// <c>courses[2].credits[0].category</c>), the arguments its words name, and an English message.
/// </summary>
/// <remarks>
/// <para>The code, the path and the arguments are the contract; the message is for logs and may be
/// reworded. Every code is declared in <see cref="FindingCodes"/>; a finding made with
/// the constructor that takes a <see cref="FindingCode"/> has its
/// message worded by the explanation layer from the code and the arguments, in English, and
/// <see cref="Explanations.FindingExplainer"/> words it in the reader's language.</para>
/// <para>Equality is by value over the code, severity, path, message and arguments.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>
    /// Creates a finding of a declared code with the arguments its words name; the message is the code's
    /// English words (<see cref="Explanations.FindingExplainer"/>), with dates in ISO form.
    /// </summary>
    /// <param name="code">The declared code, from <see cref="FindingCodes"/>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">The path of the value concerned; "$" for the whole document.</param>
    /// <param name="arguments">The values the words name, as written in the input or by the rule: exactly the code's <see cref="FindingCode.ArgumentNames"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or a text is null.</exception>
    /// <exception cref="ArgumentException">The path is blank, <paramref name="severity"/> is not defined, or the arguments are not exactly the code's.</exception>
    public Finding(FindingCode code, FindingSeverity severity, string path, params (string Name, string Value)[] arguments)
        : this(Preconditions.CheckNotNull(code).Id, severity, path, "-", Checked(code, arguments))
    {
        Message = Explanations.FindingExplainer.Messages.Sentence(code, Path, Arguments);
    }

    /// <summary>Creates a finding with a message of its own (a code declared in <see cref="FindingCodes"/> is better made with its arguments, so that every language has its words).</summary>
    /// <param name="code">The stable code, for example "not-a-date" (docs/formats.md and docs/vendors.md list them).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">The path of the value concerned; "$" for the whole document.</param>
    /// <param name="message">A sentence naming the value and the rule.</param>
    /// <param name="arguments">The values the message names, by name (for example <c>value</c>, <c>limit</c>); empty by default.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="severity"/> is not defined.</exception>
    public Finding(string code, FindingSeverity severity, string path, string message, ImmutableSortedDictionary<string, string>? arguments = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        if (!Enum.IsDefined(severity))
        {
            Preconditions.ThrowArgument(nameof(severity), $"Unknown severity {severity}.");
        }
        Severity = severity;
        Path = Preconditions.CheckNotBlank(path);
        Message = Preconditions.CheckNotBlank(message);
        Arguments = arguments ?? ImmutableSortedDictionary<string, string>.Empty;
    }

    private static ImmutableSortedDictionary<string, string> Checked(FindingCode code, (string Name, string Value)[] arguments)
    {
        Preconditions.CheckNotNull(arguments);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            if (!code.ArgumentNames.Contains(name) || value is null || !builder.TryAdd(name, value))
            {
                Preconditions.ThrowArgument(nameof(arguments), $"The finding code {code.Id} takes the arguments {string.Join(", ", code.ArgumentNames)} once each, with a value; '{name}' is not one of them, has no value or is given twice.");
            }
        }
        if (builder.Count != code.ArgumentNames.Length)
        {
            Preconditions.ThrowArgument(nameof(arguments), $"The finding code {code.Id} needs the arguments {string.Join(", ", code.ArgumentNames)}; {builder.Count} were given.");
        }
        return builder.ToImmutable();
    }

    /// <summary>
    /// The same finding at another path, for a document read inside another (a catalog inside a
    /// recommendation request): a finding of a declared code is worded again for its new place.
    /// </summary>
    internal Finding At(string newPath) =>
        FindingCodes.TryGet(Code, out var code) && Explanations.FindingExplainer.HasArguments(code, this) && Arguments.Count == code.ArgumentNames.Length
            ? new Finding(code, Severity, newPath, [.. Arguments.Select(a => (a.Key, a.Value))])
            : new Finding(Code, Severity, newPath, Message, Arguments);

    /// <summary>The stable code, in kebab case.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The path of the value concerned; "$" for the whole document.</summary>
    public string Path { get; }

    /// <summary>A sentence in English naming the value and the rule; for logs and the JSON <c>message</c>. A face words the finding in its reader's language with <see cref="Explanations.FindingExplainer"/>.</summary>
    public string Message { get; }

    /// <summary>The values the message names, by argument name, as written in the input or by the rule; empty when the message names none.</summary>
    public ImmutableSortedDictionary<string, string> Arguments { get; }

    /// <summary>The severity's JSON id: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityId => Severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Whether <paramref name="findings"/> hold no error (warnings and information allowed).</summary>
    /// <param name="findings">The findings to look at.</param>
    /// <returns>True when no finding is an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public static bool AreValid(IEnumerable<Finding> findings)
    {
        Preconditions.CheckNotNull(findings);
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Error)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="findings"/> hold no error (warnings and information allowed).</summary>
    /// <param name="findings">The findings to look at.</param>
    /// <returns>True when no finding is an error.</returns>
    public static bool AreValid(ImmutableArray<Finding> findings)
    {
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Error)
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Finding? other)
    {
        if (other is null || Code != other.Code || Severity != other.Severity || Path != other.Path || Message != other.Message
            || Arguments.Count != other.Arguments.Count)
        {
            return false;
        }
        foreach (var (name, value) in Arguments)
        {
            if (!other.Arguments.TryGetValue(name, out var otherValue) || value != otherValue)
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Message);

    /// <summary>The path, the message and the code, for logs and tests.</summary>
    /// <returns>For example "activities[3].completedOn: '2024-02-31' is not a date. [not-a-date]".</returns>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
