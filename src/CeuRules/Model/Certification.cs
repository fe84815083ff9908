using System;
using System.Collections.Immutable;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Model;

/// <summary>
/// One person's holding of a credential: certified, or most recently recertified, on a date, with
/// their membership of the issuing body and their exam attempts.
/// </summary>
/// <remarks>
/// <para>Equality is by value over every property, exam attempts in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Certification : IEquatable<Certification>
{
    private readonly ImmutableArray<ExamAttempt> examAttempts = ImmutableArray<ExamAttempt>.Empty;

    /// <summary>Creates a certification.</summary>
    /// <param name="credential">The credential held.</param>
    /// <param name="certifiedOn">The date of certification or of the most recent recertification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> is null.</exception>
    public Certification(Credential credential, LocalDate certifiedOn)
    {
        Credential = Preconditions.CheckNotNull(credential);
        CertifiedOn = certifiedOn;
    }

    /// <summary>
    /// The earliest certification date an evaluation takes as plausible, 1 January 1900: an earlier date
    /// (for example the default <see cref="LocalDate"/>, 1 January of the year 1) is almost certainly a
    /// date that was never set, and the evaluation reports it as a finding instead of a confident answer.
    /// </summary>
    public static LocalDate EarliestPlausibleDate { get; } = new(1900, 1, 1);

    /// <summary>The credential held.</summary>
    public Credential Credential { get; }

    /// <summary>The date of certification or of the most recent recertification; the current cycle starts here.</summary>
    public LocalDate CertifiedOn { get; }

    /// <summary>Whether the person is a member of the issuing body (member fees apply). Defaults to false.</summary>
    public bool IsMember { get; init; }

    /// <summary>The exam attempts on record, in any order. Defaults to empty.</summary>
    public ImmutableArray<ExamAttempt> ExamAttempts
    {
        get => examAttempts;
        init => examAttempts = value.IsDefault ? ImmutableArray<ExamAttempt>.Empty : value;
    }

    /// <summary>Whether this certification equals another in every property.</summary>
    /// <param name="other">The certification to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Certification? other) =>
        other is not null && Credential.Equals(other.Credential) && CertifiedOn == other.CertifiedOn && IsMember == other.IsMember
        && examAttempts.AsSpan().SequenceEqual(other.examAttempts.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Certification);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Credential, CertifiedOn, IsMember, examAttempts.Length);

    /// <summary>Formats the certification, for example "CMA (AAMA) certified 2021-02-10".</summary>
    /// <returns>The formatted certification.</returns>
    public override string ToString() => $"{Credential} certified {CertifiedOn:uuuu'-'MM'-'dd}";
}
