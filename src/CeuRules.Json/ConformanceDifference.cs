using System;

namespace CeuRules.Json;

/// <summary>
/// How a conformance case's result differs from what the case expects: at a JSON path of the result, the value
/// expected and the value the result has (none when it has no value there); or, for a case whose document could
/// not be evaluated, the finding that kept it from being evaluated. The explanation layer words it
/// (<see cref="Explanations.Explainer.ConformanceDifference"/>, <see cref="Explanations.Explainer.FindingLine(Finding)"/>);
/// <see cref="ToString"/> is the English line.
/// </summary>
/// <remarks>
/// <para>Equality is by value over the path, the values and the finding.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ConformanceDifference : IEquatable<ConformanceDifference>
{
    internal ConformanceDifference(string path, string expected, string? actual)
    {
        Path = path;
        Expected = expected;
        Actual = actual;
    }

    internal ConformanceDifference(Finding finding)
    {
        Path = finding.Path;
        Expected = string.Empty;
        Finding = finding;
    }

    /// <summary>The JSON path in the result, for example <c>$.results[0].nextStep.by</c>; for a finding, the finding's path in the case's document.</summary>
    public string Path { get; }

    /// <summary>The expected JSON value as written (shortened past 120 characters); empty for a finding.</summary>
    public string Expected { get; }

    /// <summary>The result's JSON value at <see cref="Path"/> as written (shortened past 120 characters); null when the result has no value there, or for a finding.</summary>
    public string? Actual { get; }

    /// <summary>The finding that kept the case's document (or the result) from being evaluated and compared; null for a difference of values.</summary>
    public Finding? Finding { get; }

    /// <summary>The English line: "PATH: expected X, the result has Y", or the finding's line.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        Finding is { } finding ? Explanations.Explainer.English.FindingLine(finding) : Explanations.Explainer.English.ConformanceDifference(Path, Expected, Actual);

    /// <summary>Whether <paramref name="other"/> is the same difference.</summary>
    /// <param name="other">The other difference.</param>
    /// <returns>True when the path, values and finding are equal.</returns>
    public bool Equals(ConformanceDifference? other) =>
        other is not null && Path == other.Path && Expected == other.Expected && Actual == other.Actual && Equals(Finding, other.Finding);

    /// <summary>Whether <paramref name="obj"/> is the same difference.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when it is an equal <see cref="ConformanceDifference"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as ConformanceDifference);

    /// <summary>A hash code consistent with <see cref="Equals(ConformanceDifference)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Path, Expected, Actual, Finding);
}
