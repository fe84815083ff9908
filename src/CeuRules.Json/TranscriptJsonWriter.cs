using System;
using System.IO;
using System.Text;
using System.Text.Json;
using CeuRules.Model;

namespace CeuRules.Json;

/// <summary>
/// Writes the input document of the JSON contract (docs/formats.md). A document written here reads
/// back equal with <see cref="TranscriptJsonReader"/>.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class TranscriptJsonWriter
{
    /// <summary>Writes a document to a stream as indented UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TranscriptDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, JsonText.Indented);
        Write(document, writer);
    }

    /// <summary>Writes a document as an indented JSON string.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(TranscriptDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(TranscriptDocument document, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (document.PersonId is not null)
        {
            writer.WriteString("personId", document.PersonId);
        }
        if (document.AsOf is { } asOf)
        {
            JsonText.Date(writer, "asOf", asOf);
        }
        writer.WriteStartArray("certifications");
        foreach (var certification in document.Certifications)
        {
            writer.WriteStartObject();
            writer.WriteString("credential", certification.Credential.Id);
            JsonText.Date(writer, "certifiedOn", certification.CertifiedOn);
            writer.WriteBoolean("member", certification.IsMember);
            writer.WriteStartArray("examAttempts");
            foreach (var attempt in certification.ExamAttempts)
            {
                writer.WriteStartObject();
                JsonText.Date(writer, "on", attempt.On);
                writer.WriteBoolean("passed", attempt.Passed);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("activities");
        foreach (var activity in document.Transcript.Activities)
        {
            WriteActivity(writer, activity);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteActivity(Utf8JsonWriter writer, LearningActivity activity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", activity.Id);
        if (activity.Title is not null)
        {
            writer.WriteString("title", activity.Title);
        }
        if (activity.Provider is not null)
        {
            writer.WriteString("provider", activity.Provider);
        }
        writer.WriteString("kind", activity.Kind.Id);
        JsonText.Date(writer, "completedOn", activity.CompletedOn);
        if (activity.DurationMinutes is { } minutes)
        {
            writer.WriteNumber("durationMinutes", minutes);
        }
        if (activity.PurchasedOn is { } purchasedOn)
        {
            JsonText.Date(writer, "purchasedOn", purchasedOn);
        }
        if (activity.ValidMonths is { } months)
        {
            writer.WriteNumber("validMonths", months);
        }
        writer.WriteStartArray("credits");
        foreach (var line in activity.Credits)
        {
            writer.WriteStartObject();
            JsonText.Amount(writer, "amount", line.Amount);
            writer.WriteString("unit", line.Unit.Id);
            if (line.Category is { } category)
            {
                writer.WriteString("category", category.Id);
            }
            writer.WriteStartArray("approvedBy");
            foreach (var body in line.ApprovedBy)
            {
                writer.WriteStringValue(body);
            }
            writer.WriteEndArray();
            if (line.ApprovalReference is not null)
            {
                writer.WriteString("approvalReference", line.ApprovalReference);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
