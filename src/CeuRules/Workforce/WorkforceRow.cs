using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Policies;
using CeuRules.Utility;

namespace CeuRules.Workforce;

/// <summary>
/// One input line (or spreadsheet row) of a workforce, as read: a person to evaluate with what reading
/// found, or the errors that kept it from being one. The input of
/// <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WorkforceEntry
{
    private WorkforceEntry(long line, Person? person, string? personId, ImmutableArray<Finding> findings)
    {
        Line = line;
        Person = person;
        PersonId = personId;
        Findings = findings;
    }

    /// <summary>A person to evaluate.</summary>
    /// <param name="line">Where the person is in the input (a line or row number, from 1).</param>
    /// <param name="person">The person.</param>
    /// <param name="findings">What reading the person's input found (warnings); none when null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">A finding is null.</exception>
    public static WorkforceEntry ForPerson(long line, Person person, IEnumerable<Finding>? findings = null)
    {
        Preconditions.CheckNotNull(person);
        return new WorkforceEntry(line, person, person.PersonId, Checked(findings));
    }

    /// <summary>An input that could not be read as a person; it is reported, not evaluated.</summary>
    /// <param name="line">Where the input is (a line or row number, from 1).</param>
    /// <param name="errors">Why it could not be read; at least one.</param>
    /// <param name="personId">The person's id when it is known, else null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or holds null.</exception>
    public static WorkforceEntry Malformed(long line, IEnumerable<Finding> errors, string? personId = null)
    {
        var list = Checked(Preconditions.CheckNotNull(errors));
        Preconditions.CheckArgument(!list.IsEmpty, "A malformed input needs at least one error.", nameof(errors));
        return new WorkforceEntry(line, null, personId, list);
    }

    /// <summary>Where the input is (a line or row number).</summary>
    public long Line { get; }

    /// <summary>The person to evaluate; null when the input is malformed.</summary>
    public Person? Person { get; }

    /// <summary>The person's id, when known.</summary>
    public string? PersonId { get; }

    /// <summary>What reading found: warnings for a person, the errors for a malformed input.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>True when the input could not be read as a person.</summary>
    public bool IsMalformed => Person is null;

    private static ImmutableArray<Finding> Checked(IEnumerable<Finding>? findings)
    {
        var list = findings is null ? ImmutableArray<Finding>.Empty : findings.ToImmutableArray();
        foreach (var finding in list)
        {
            Preconditions.CheckArgument(finding is not null, "A finding must not be null.", nameof(findings));
        }
        return list;
    }
}

/// <summary>
/// What one input line of a workforce became: the person's evaluations, or the errors of a malformed
/// line; with every finding, including <c>duplicate-person-id</c> when an earlier line had the same id.
/// Every face (the batch command, the service's streams, the spreadsheet reports) writes these rows.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WorkforceRow
{
    internal WorkforceRow(long line, string? personId, PersonEvaluation? evaluation, ImmutableArray<Finding> findings, PolicyCatalog policies)
    {
        Policies = policies;
        Line = line;
        PersonId = personId;
        Evaluation = evaluation;
        Findings = findings;
    }

    /// <summary>Where the input is (a line or row number).</summary>
    public long Line { get; }

    /// <summary>The policies the row was evaluated with, whose own names (a custom policy's credentials and kinds) word its findings.</summary>
    internal PolicyCatalog Policies { get; }

    /// <summary>The person's id, when known (always for an evaluated person).</summary>
    public string? PersonId { get; }

    /// <summary>The person's evaluations; null when the line is malformed.</summary>
    public PersonEvaluation? Evaluation { get; }

    /// <summary>What reading found and the <c>duplicate-person-id</c> warning; for a malformed line, its errors.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>True when the line could not be read as a person, and was not evaluated.</summary>
    public bool IsMalformed => Evaluation is null;

    /// <summary>
    /// The findings of an evaluated line as the reports' findings column states them: <c>path [code]</c>,
    /// separated by "; ", the duplicate id as <c>personId [duplicate-person-id: also on line 3]</c>; empty when none.
    /// </summary>
    public string FindingList => string.Join("; ", Findings.Select(f =>
        f.Code == DuplicateCode && f.Arguments.TryGetValue("earlier", out var earlier) ? $"{f.Path} [{f.Code}: also on {earlier}]" : $"{f.Path} [{f.Code}]"));

    /// <summary>Why a malformed line was not evaluated: every error (<c>path: message [code]</c>), separated by "; "; empty for an evaluated line.</summary>
    public string Reason => IsMalformed ? string.Join("; ", Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString())) : string.Empty;

    /// <summary>
    /// Why a malformed line was not evaluated, in the reader's language: every error in words with its path and
    /// code as details (<c>sentence (path · code)</c>), separated by "; "; empty for an evaluated line. The
    /// findings name credentials and kinds of activity as the policies the row was evaluated with name them.
    /// </summary>
    /// <param name="words">The language, <see cref="Explanations.Explainer.Spanish"/> for example.</param>
    /// <returns>The errors in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public string ReasonIn(Explanations.Explainer words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return IsMalformed
            ? string.Join("; ", Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => $"{words.Finding(f, Policies.Policies)} ({f.Path} · {f.Code})"))
            : string.Empty;
    }

    internal const string DuplicateCode = "duplicate-person-id";
}
