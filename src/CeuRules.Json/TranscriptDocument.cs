using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Json;

/// <summary>
/// The input document of the JSON contract: an optional as-of date, one or more certifications of
/// one person, and their activities.
/// </summary>
/// <remarks>
/// <para>Equality is by value: as-of date, certifications in order, transcript.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TranscriptDocument : IEquatable<TranscriptDocument>
{
    /// <summary>Creates a document.</summary>
    /// <param name="asOf">The date to evaluate as of, or null when the document does not say.</param>
    /// <param name="certifications">The certifications.</param>
    /// <param name="transcript">The activities.</param>
    /// <exception cref="ArgumentNullException"><paramref name="certifications"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">A certification is null.</exception>
    public TranscriptDocument(LocalDate? asOf, IEnumerable<Certification> certifications, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(certifications);
        ArgumentNullException.ThrowIfNull(transcript);
        var list = certifications.ToImmutableArray();
        foreach (var certification in list)
        {
            if (certification is null)
            {
                throw new ArgumentException("A certification must not be null.", nameof(certifications));
            }
        }
        AsOf = asOf;
        Certifications = list;
        Transcript = transcript;
    }

    /// <summary>The date to evaluate as of, or null.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The person's id (a line of a batch file carries one), or null.</summary>
    public string? PersonId { get; init; }

    /// <summary>The certifications, in document order.</summary>
    public ImmutableArray<Certification> Certifications { get; }

    /// <summary>The activities.</summary>
    public Transcript Transcript { get; }

    /// <summary>Whether this document equals another in every part.</summary>
    /// <param name="other">The document to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(TranscriptDocument? other)
    {
        if (other is null || AsOf != other.AsOf || !string.Equals(PersonId, other.PersonId, StringComparison.Ordinal) || Certifications.Length != other.Certifications.Length || !Transcript.Equals(other.Transcript))
        {
            return false;
        }
        for (int i = 0; i < Certifications.Length; i++)
        {
            if (!Certifications[i].Equals(other.Certifications[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TranscriptDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, Certifications.Length, Transcript);

    /// <summary>Formats the document's size.</summary>
    /// <returns>The formatted document.</returns>
    public override string ToString() => $"{Certifications.Length} certification(s), {Transcript.Activities.Length} activities";
}

/// <summary>
/// What reading a document produced: the document (as much of it as could be read) and every
/// finding. Nothing is dropped silently: each part left out has an error finding saying so.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TranscriptReadResult
{
    internal TranscriptReadResult(TranscriptDocument? document, ImmutableArray<Finding> findings)
    {
        Document = document;
        Findings = findings;
    }

    /// <summary>Creates a read result, for a reader of another format (a spreadsheet, for example) that produces the same document.</summary>
    /// <param name="document">The document, or null when nothing usable could be read.</param>
    /// <param name="findings">Every finding, in document order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">A finding is null.</exception>
    public TranscriptReadResult(TranscriptDocument? document, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings.ToImmutableArray();
        foreach (var finding in list)
        {
            if (finding is null)
            {
                throw new ArgumentException("A finding must not be null.", nameof(findings));
            }
        }
        Document = document;
        Findings = list;
    }

    /// <summary>The document, or null when nothing usable could be read (not JSON, not an object, no readable certification).</summary>
    public TranscriptDocument? Document { get; }

    /// <summary>Every finding, in document order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Whether the document can be evaluated (it may still carry findings about parts left out).</summary>
    public bool IsReadable => Document is not null;

    /// <summary>Whether no finding is an error: the whole document was read (warnings allowed).</summary>
    public bool IsValid => Finding.AreValid(Findings);

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"{(Document is { } document ? document.ToString() : "no document")}, {Findings.Length} findings{(IsValid ? "" : ", with errors")}";
}
