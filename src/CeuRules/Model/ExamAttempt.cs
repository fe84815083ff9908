using System;
using NodaTime;

namespace CeuRules.Model;

/// <summary>One sitting of a credential's exam: the date and whether it was passed.</summary>
/// <remarks>
/// <para>Equality is by date and outcome; ordering is by date, then failed before passed. The
/// default value is a failed attempt on 1 January year 1.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct ExamAttempt : IEquatable<ExamAttempt>, IComparable<ExamAttempt>
{
    /// <summary>Creates an exam attempt.</summary>
    /// <param name="on">The date of the attempt.</param>
    /// <param name="passed">Whether it was passed.</param>
    public ExamAttempt(LocalDate on, bool passed)
    {
        On = on;
        Passed = passed;
    }

    /// <summary>The date of the attempt.</summary>
    public LocalDate On { get; }

    /// <summary>Whether the attempt was passed.</summary>
    public bool Passed { get; }

    /// <summary>Compares two attempts for equality.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ExamAttempt left, ExamAttempt right) => left.Equals(right);

    /// <summary>Compares two attempts for inequality.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ExamAttempt left, ExamAttempt right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(ExamAttempt left, ExamAttempt right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(ExamAttempt left, ExamAttempt right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(ExamAttempt left, ExamAttempt right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(ExamAttempt left, ExamAttempt right) => left.CompareTo(right) >= 0;

    /// <summary>Compares by date, then failed before passed.</summary>
    /// <param name="other">The attempt to compare with.</param>
    /// <returns>The comparison's result.</returns>
    public int CompareTo(ExamAttempt other)
    {
        int byDate = On.CompareTo(other.On);
        return byDate != 0 ? byDate : Passed.CompareTo(other.Passed);
    }

    /// <summary>Whether this attempt equals another: same date and outcome.</summary>
    /// <param name="other">The attempt to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ExamAttempt other) => On == other.On && Passed == other.Passed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExamAttempt other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(On, Passed);

    /// <summary>Formats the attempt, for example "2020-06-01 failed".</summary>
    /// <returns>The formatted attempt.</returns>
    public override string ToString() => $"{On:uuuu'-'MM'-'dd} {(Passed ? "passed" : "failed")}";
}
