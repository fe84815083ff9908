using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Workforce;

/// <summary>One person of a workforce: an id the caller chooses, their certifications and their transcript.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="personId">The caller's id for the person (an employee number, for example).</param>
    /// <param name="certifications">The person's certifications.</param>
    /// <param name="transcript">The person's activities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is blank, or a certification is null.</exception>
    public Person(string personId, IEnumerable<Certification> certifications, Transcript transcript)
    {
        PersonId = Preconditions.CheckNotBlank(personId);
        var list = Preconditions.CheckNotNull(certifications).ToImmutableArray();
        foreach (var certification in list)
        {
            Preconditions.CheckArgument(certification is not null, "A certification must not be null.", nameof(certifications));
        }
        Certifications = list;
        Transcript = Preconditions.CheckNotNull(transcript);
    }

    /// <summary>The caller's id for the person.</summary>
    public string PersonId { get; }

    /// <summary>The person's certifications.</summary>
    public ImmutableArray<Certification> Certifications { get; }

    /// <summary>The person's activities.</summary>
    public Transcript Transcript { get; }

    /// <summary>Returns the person id.</summary>
    /// <returns>The person id.</returns>
    public override string ToString() => PersonId;
}

/// <summary>
/// The evaluations of one person's certifications, keyed by the person's id, and the certifications
/// that could not be evaluated because the catalog has no policy for their credential.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PersonEvaluation
{
    internal PersonEvaluation(Person person, ImmutableArray<CertificationEvaluation> results, ImmutableArray<Certification> notEvaluated)
    {
        Person = person;
        PersonId = person.PersonId;
        Results = results;
        NotEvaluated = notEvaluated;
    }

    /// <summary>The person evaluated, as given (the same instance): it tells apart two people who share an id.</summary>
    public Person Person { get; }

    /// <summary>The caller's id for the person.</summary>
    public string PersonId { get; }

    /// <summary>One evaluation per certification the catalog has a policy for, in the person's order.</summary>
    public ImmutableArray<CertificationEvaluation> Results { get; }

    /// <summary>The certifications whose credential the catalog has no policy for.</summary>
    public ImmutableArray<Certification> NotEvaluated { get; }

    /// <summary>Returns the person id and the statuses.</summary>
    /// <returns>The formatted evaluation.</returns>
    public override string ToString() => $"{PersonId}: {string.Join(", ", Results)}";
}

/// <summary>The evaluations of a workforce in the order its people were given, and the warnings about the input (repeated person ids).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WorkforceEvaluation
{
    internal WorkforceEvaluation(ImmutableArray<PersonEvaluation> people, ImmutableArray<Finding> findings)
    {
        People = people;
        Findings = findings;
    }

    /// <summary>One evaluation per person, in the order given.</summary>
    public ImmutableArray<PersonEvaluation> People { get; }

    /// <summary>The warnings (<c>duplicate-person-id</c>), in the order of the people they concern.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>True when no finding is an error (the warnings of this type never are).</summary>
    public bool IsValid => Finding.AreValid(Findings);

    /// <summary>Returns the number of people and findings.</summary>
    /// <returns>The formatted summary.</returns>
    public override string ToString() => $"{People.Length} people, {Findings.Length} finding(s)";
}
