using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// <c>courses[2].credits[0].category</c>), a message that names the value and the rule, and the typed
/// arguments the message was made from.
/// </summary>
/// <remarks>
/// <para>The code and the path are the contract; the message is for people and may be reworded.</para>
/// <para>Equality is by value over the code, severity, path, message and arguments.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
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

    /// <summary>The stable code, in kebab case.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The path of the value concerned; "$" for the whole document.</summary>
    public string Path { get; }

    /// <summary>A sentence naming the value and the rule.</summary>
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
