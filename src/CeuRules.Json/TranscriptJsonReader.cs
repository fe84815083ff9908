using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using static CeuRules.Json.JsonWords;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Json;

/// <summary>
/// Reads the input document of the JSON contract (docs/formats.md) into the model, reporting every
/// problem as a <see cref="Finding"/> with a code, a path and the value concerned. Reading
/// never throws for bad data: a part that cannot be read is left out and an error finding says so.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class TranscriptJsonReader
{
    /// <summary>The largest document accepted, in bytes (16 MiB).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most activities accepted in one document.</summary>
    public const int MaxActivities = 100_000;

    /// <summary>The longest duration accepted, in minutes (one year).</summary>
    public const int MaxDurationMinutes = 525_600;

    /// <summary>The most certifications accepted in one document (each is evaluated against every activity).</summary>
    public const int MaxCertifications = 20;

    /// <summary>
    /// The most certification–activity pairs accepted in one document (certifications times activities):
    /// each certification is evaluated against, and explains, every activity.
    /// </summary>
    public const int MaxEvaluatedPairs = 200_000;

    /// <summary>The most exam attempts accepted for one certification.</summary>
    public const int MaxExamAttempts = 100;

    /// <summary>The longest person id accepted, in characters.</summary>
    public const int MaxPersonIdLength = 200;

    /// <summary>The longest CPR card validity accepted, in months.</summary>
    public const int MaxValidMonths = 120;

    /// <summary>The longest free text accepted (title, provider, approval reference), in characters.</summary>
    public const int MaxTextLength = 1_000;

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <returns>The document and the findings.</returns>
    public static TranscriptReadResult Read(ReadOnlyMemory<byte> utf8Json, PolicyCatalog? catalog = null)
    {
        var findings = new JsonFindings();
        using var json = JsonInput.Parse(utf8Json, MaxDocumentBytes, MaxDepth, "document", findings);
        return json is null ? new TranscriptReadResult(null, findings.ToImmutable()) : new Reader(findings, catalog ?? PolicyCatalog.BuiltIn).ReadDocument(json.RootElement);
    }

    /// <summary>Reads a document from its JSON text (not from a file: for a file's path, use <see cref="ReadFile(string, PolicyCatalog?)"/>).</summary>
    /// <param name="json">The document's JSON text.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <returns>The document and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static TranscriptReadResult Read(string json, PolicyCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), catalog);
    }

    /// <summary>Reads a document from a stream, up to <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <returns>The document and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TranscriptReadResult Read(Stream stream, PolicyCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (JsonInput.ReadAll(stream, MaxDocumentBytes) is { } bytes)
        {
            return Read(bytes, catalog);
        }
        var findings = new JsonFindings();
        findings.Error(FindingCodes.DocumentTooLarge, "$", ("what", "document"), ("limit", JsonWords.Number(MaxDocumentBytes)));
        return new TranscriptReadResult(null, findings.ToImmutable());
    }



    /// <summary>
    /// Reads the document in the file at <paramref name="path"/> (a regular file, a named pipe or a
    /// device), reading at most just past <see cref="MaxDocumentBytes"/>. A file that cannot be opened
    /// or read gives a <c>cannot-read</c> finding, one too large <c>document-too-large</c>.
    /// </summary>
    /// <param name="path">The file's path (not JSON text: for that, use <see cref="Read(string, PolicyCatalog?)"/>).</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <returns>The document and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static TranscriptReadResult ReadFile(string path, PolicyCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var findings = new JsonFindings();
        return JsonInput.ReadFile(path, MaxDocumentBytes, "document", findings) is { } bytes
            ? Read(bytes, catalog)
            : new TranscriptReadResult(null, findings.ToImmutable());
    }

    /// <summary>Reads a document from a stream without blocking a thread, up to just past <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream; read to its end (or just past the limit), not closed. It need not support seeking.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The document and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<TranscriptReadResult> ReadAsync(Stream stream, PolicyCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (await JsonInput.ReadAllAsync(stream, MaxDocumentBytes, cancellationToken).ConfigureAwait(false) is { } bytes)
        {
            return Read(bytes, catalog);
        }
        var findings = new JsonFindings();
        JsonInput.TooLarge(MaxDocumentBytes, "document", findings);
        return new TranscriptReadResult(null, findings.ToImmutable());
    }

    /// <summary>Reads the parts of the documents; the credit line and field readers are shared with the catalog reader.</summary>
    internal sealed class Reader
    {
        private static readonly string[] RootFields = ["personId", "asOf", "certifications", "activities"];
        private static readonly string[] CertificationFields = ["credential", "certifiedOn", "member", "examAttempts"];
        private static readonly string[] AttemptFields = ["on", "passed"];
        private static readonly string[] ActivityFields = ["id", "title", "provider", "kind", "completedOn", "durationMinutes", "purchasedOn", "validMonths", "credits"];
        private static readonly string[] LineFields = ["amount", "unit", "category", "approvedBy", "approvalReference"];

        private static readonly string[] KnownUnits = [.. CreditUnit.BuiltIn.Select(u => u.Id)];
        internal static readonly string[] KnownCategories = [.. Category.BuiltIn.Select(c => c.Id)];

        private readonly JsonFindings findings;
        private readonly PolicyCatalog catalog;

        private string[]? kinds;

        internal Reader(JsonFindings findings, PolicyCatalog catalog)
        {
            this.findings = findings;
            this.catalog = catalog;
        }

        /// <summary>The kinds of activity a document may state without an <c>unknown-kind</c> warning: those the catalog knows.</summary>
        internal string[] Kinds => kinds ??= [.. catalog.Kinds.Select(k => k.Id)];

        internal TranscriptReadResult ReadDocument(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, "$", ("value", Raw(root)), ("type", Kind(root)), ("expected", "transcript"));
                return new TranscriptReadResult(null, findings.ToImmutable());
            }
            // An error in a field that decides the answer (the date, whose record it is, the lists themselves)
            // cannot be left out the way one activity can: the document is refused rather than answered.
            int errorsBefore = findings.ErrorCount;
            UnknownFields(root, "", RootFields);
            LocalDate? asOf = OptionalDate(root, "asOf", "asOf");
            string? personId = OptionalText(root, "personId", string.Empty);
            if (personId is not null && (string.IsNullOrWhiteSpace(personId) || personId.Length > MaxPersonIdLength))
            {
                if (personId.Length > MaxPersonIdLength)
                {
                    findings.Error(FindingCodes.TextTooLong, "personId", ("length", JsonWords.Number(personId.Length)), ("limit", JsonWords.Number(MaxPersonIdLength)));
                }
                else
                {
                    findings.Error(FindingCodes.MissingField, "personId", ("expected", "text"));
                }
                personId = null;
            }

            var certifications = ImmutableArray.CreateBuilder<Certification>();
            if (!root.TryGetProperty("certifications", out var certs))
            {
                findings.Error(FindingCodes.MissingField, "certifications", ("expected", "certifications"));
            }
            else if (certs.ValueKind != JsonValueKind.Array)
            {
                findings.Error(FindingCodes.WrongType, "certifications", ("value", Raw(certs)), ("type", Kind(certs)), ("expected", "array"));
            }
            else if (certs.GetArrayLength() > MaxCertifications)
            {
                findings.Error(FindingCodes.TooManyCertifications, "certifications", ("count", JsonWords.Number(certs.GetArrayLength())), ("limit", JsonWords.Number(MaxCertifications)));
            }
            else
            {
                int i = 0;
                foreach (var element in certs.EnumerateArray())
                {
                    if (ReadCertification(element, $"certifications[{i}]") is { } certification)
                    {
                        certifications.Add(certification);
                    }
                    i++;
                }
                if (i == 0)
                {
                    findings.Error(FindingCodes.MissingField, "certifications", ("expected", "certifications"));
                }
            }

            int rootErrors = findings.ErrorsSince(errorsBefore, IsRootPath);
            var activities = new List<LearningActivity>();
            int activityErrorsBefore = findings.ErrorCount;
            if (root.TryGetProperty("activities", out var acts))
            {
                if (acts.ValueKind != JsonValueKind.Array)
                {
                    findings.Error(FindingCodes.WrongType, "activities", ("value", Raw(acts)), ("type", Kind(acts)), ("expected", "array"));
                }
                else if (acts.GetArrayLength() > MaxActivities)
                {
                    findings.Error(FindingCodes.TooManyActivities, "activities", ("count", JsonWords.Number(acts.GetArrayLength())), ("limit", JsonWords.Number(MaxActivities)));
                }
                else
                {
                    var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                    int i = 0;
                    foreach (var element in acts.EnumerateArray())
                    {
                        string path = $"activities[{i}]";
                        if (ReadActivity(element, path) is { } activity)
                        {
                            if (ids.TryGetValue(activity.Id, out int first))
                            {
                                findings.Warning(FindingCodes.DuplicateActivityId, path + ".id", ("id", activity.Id), ("first", $"activities[{first}]"));
                            }
                            else
                            {
                                ids.Add(activity.Id, i);
                            }
                            activities.Add(activity);
                        }
                        i++;
                    }
                }
            }

            rootErrors += findings.ErrorsSince(activityErrorsBefore, IsRootPath);
            // Each certification is evaluated against every activity, and each evaluation explains every activity:
            // the product, not either count, is what costs memory and output.
            if ((long)certifications.Count * activities.Count > MaxEvaluatedPairs)
            {
                findings.Error(FindingCodes.TooLargeToEvaluate, "$", ("certifications", JsonWords.Number(certifications.Count)),
                    ("activities", JsonWords.Number(activities.Count)), ("limit", JsonWords.Number(MaxEvaluatedPairs)));
                rootErrors++;
            }
            if (certifications.Count == 0 || rootErrors > 0)
            {
                return new TranscriptReadResult(null, findings.ToImmutable());
            }
            return new TranscriptReadResult(new TranscriptDocument(asOf, certifications.ToImmutable(), new Transcript(activities)) { PersonId = personId }, findings.ToImmutable());
        }

        /// <summary>A path of the document itself or of one of its fields (not inside a certification or an activity).</summary>
        private static bool IsRootPath(string path) => path.IndexOfAny(['[', '.']) < 0;

        private Certification? ReadCertification(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, path, ("value", Raw(element)), ("type", Kind(element)), ("expected", "object"));
                return null;
            }
            int errorsBefore = findings.ErrorCount;
            UnknownFields(element, path + ".", CertificationFields);
            Credential? credential = null;
            if (RequiredString(element, "credential", path) is { } id)
            {
                if (catalog.TryGetCredential(id, out var known))
                {
                    credential = known;
                }
                else
                {
                    findings.Error(FindingCodes.UnknownCredential, path + ".credential", ("value", Truncate(id)), ("known", string.Join(", ", catalog.Credentials.Select(c => c.Id))));
                }
            }
            var certifiedOn = RequiredDate(element, "certifiedOn", path);
            bool member = OptionalBool(element, "member", path) ?? false;
            var attempts = ImmutableArray.CreateBuilder<ExamAttempt>();
            if (element.TryGetProperty("examAttempts", out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    findings.Error(FindingCodes.WrongType, path + ".examAttempts", ("value", Raw(list)), ("type", Kind(list)), ("expected", "array"));
                }
                else if (list.GetArrayLength() > MaxExamAttempts)
                {
                    findings.Error(FindingCodes.TooManyItems, path + ".examAttempts", ("count", JsonWords.Number(list.GetArrayLength())), ("limit", JsonWords.Number(MaxExamAttempts)));
                }
                else
                {
                    int a = 0;
                    foreach (var attempt in list.EnumerateArray())
                    {
                        string attemptPath = $"{path}.examAttempts[{a++}]";
                        if (attempt.ValueKind != JsonValueKind.Object)
                        {
                            findings.Error(FindingCodes.WrongType, attemptPath, ("value", Raw(attempt)), ("type", Kind(attempt)), ("expected", "object"));
                            continue;
                        }
                        UnknownFields(attempt, attemptPath + ".", AttemptFields);
                        var on = RequiredDate(attempt, "on", attemptPath);
                        var passed = RequiredBool(attempt, "passed", attemptPath);
                        if (on is { } date && passed is { } outcome)
                        {
                            attempts.Add(new ExamAttempt(date, outcome));
                        }
                    }
                }
            }
            if (findings.ErrorCount > errorsBefore || credential is null || certifiedOn is null)
            {
                findings.Error(FindingCodes.CertificationLeftOut, path);
                return null;
            }
            return new Certification(credential, certifiedOn.Value) { IsMember = member, ExamAttempts = attempts.ToImmutable() };
        }

        private LearningActivity? ReadActivity(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, path, ("value", Raw(element)), ("type", Kind(element)), ("expected", "object"));
                return null;
            }
            int errorsBefore = findings.ErrorCount;
            UnknownFields(element, path + ".", ActivityFields);
            string? id = RequiredString(element, "id", path);
            if (id is not null && id.Length > LearningActivity.MaxIdLength)
            {
                findings.Error(FindingCodes.TextTooLong, path + ".id", ("length", JsonWords.Number(id.Length)), ("limit", JsonWords.Number(LearningActivity.MaxIdLength)));
            }
            var kind = ReadId(element, "kind", path, Kinds, required: true, FindingCodes.UnknownKind, "kind");
            var completedOn = RequiredDate(element, "completedOn", path);
            string? title = OptionalText(element, "title", path);
            string? provider = OptionalText(element, "provider", path);
            int? duration = OptionalInt(element, "durationMinutes", path, MaxDurationMinutes);
            LocalDate? purchasedOn = OptionalDate(element, "purchasedOn", path + ".purchasedOn");
            if (purchasedOn is { } bought && completedOn is { } done && done < bought)
            {
                findings.Error(FindingCodes.CompletedBeforePurchase, path + ".completedOn", ("completedOn", JsonText.Iso(done)), ("purchasedOn", JsonText.Iso(bought)));
            }
            int? validMonths = OptionalInt(element, "validMonths", path, MaxValidMonths);
            var lines = ImmutableArray.CreateBuilder<CreditLine>();
            if (element.TryGetProperty("credits", out var credits) && credits.ValueKind != JsonValueKind.Null)
            {
                if (credits.ValueKind != JsonValueKind.Array)
                {
                    findings.Error(FindingCodes.WrongType, path + ".credits", ("value", Raw(credits)), ("type", Kind(credits)), ("expected", "array"));
                }
                else
                {
                    int l = 0;
                    foreach (var line in credits.EnumerateArray())
                    {
                        if (ReadLine(line, $"{path}.credits[{l++}]") is { } creditLine)
                        {
                            lines.Add(creditLine);
                        }
                    }
                }
            }
            if (findings.ErrorCount > errorsBefore || id is null || kind is null || completedOn is null)
            {
                findings.Error(FindingCodes.ActivityLeftOut, path);
                return null;
            }
            return new LearningActivity(id, new LearningActivityKind(kind), completedOn.Value)
            {
                Title = title,
                Provider = provider,
                DurationMinutes = duration,
                PurchasedOn = purchasedOn,
                ValidMonths = validMonths,
                Credits = lines.ToImmutable(),
            };
        }

        internal CreditLine? ReadLine(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                findings.Error(FindingCodes.WrongType, path, ("value", Raw(element)), ("type", Kind(element)), ("expected", "object"));
                return null;
            }
            int errorsBefore = findings.ErrorCount;
            UnknownFields(element, path + ".", LineFields);
            CreditAmount? amount = null;
            if (!element.TryGetProperty("amount", out var amountElement))
            {
                findings.Error(FindingCodes.MissingField, path + ".amount", ("expected", "number"));
            }
            else if (amountElement.ValueKind != JsonValueKind.Number)
            {
                findings.Error(FindingCodes.WrongType, path + ".amount", ("value", Raw(amountElement)), ("type", Kind(amountElement)), ("expected", "number"));
            }
            else if (!TryGetDecimal(amountElement, out decimal value, out bool precise))
            {
                findings.Error(FindingCodes.InvalidAmount, path + ".amount", ("value", Raw(amountElement)), ("limit", CreditLine.MaxAmount.ToString()));
            }
            else if (!precise)
            {
                findings.Error(FindingCodes.OverPreciseAmount, path + ".amount", ("value", Raw(amountElement)));
            }
            else if (value < 0)
            {
                findings.Error(FindingCodes.NegativeAmount, path + ".amount", ("value", Raw(amountElement)));
            }
            else if (value > CreditLine.MaxAmount.Value)
            {
                findings.Error(FindingCodes.InvalidAmount, path + ".amount", ("value", Raw(amountElement)), ("limit", CreditLine.MaxAmount.ToString()));
            }
            else if (!CreditAmount.TryFromDecimal(value, out var exact))
            {
                findings.Error(FindingCodes.OverPreciseAmount, path + ".amount", ("value", Raw(amountElement)));
            }
            else
            {
                amount = exact;
            }
            var unit = ReadId(element, "unit", path, KnownUnits, required: true, null, "unit");
            var category = ReadId(element, "category", path, KnownCategories, required: false, null, "category");
            var approvedBy = ImmutableArray.CreateBuilder<string>();
            if (element.TryGetProperty("approvedBy", out var approvals) && approvals.ValueKind != JsonValueKind.Null)
            {
                if (approvals.ValueKind != JsonValueKind.Array)
                {
                    findings.Error(FindingCodes.WrongType, path + ".approvedBy", ("value", Raw(approvals)), ("type", Kind(approvals)), ("expected", "body-ids"));
                }
                else
                {
                    int b = 0;
                    foreach (var body in approvals.EnumerateArray())
                    {
                        string bodyPath = $"{path}.approvedBy[{b++}]";
                        if (body.ValueKind != JsonValueKind.String)
                        {
                            findings.Error(FindingCodes.WrongType, bodyPath, ("value", Raw(body)), ("type", Kind(body)), ("expected", "body-id"));
                        }
                        else if (Normalize(body.GetString()!, bodyPath, ["aama", "amt", "nha", "ncct"], "body") is { } bodyId)
                        {
                            approvedBy.Add(bodyId);
                        }
                    }
                }
            }
            string? reference = OptionalText(element, "approvalReference", path);
            if (findings.ErrorCount > errorsBefore || amount is null || unit is null)
            {
                return null;
            }
            return new CreditLine(amount.Value, new CreditUnit(unit), category is null ? null : new Category(category))
            {
                ApprovedBy = approvedBy.ToImmutable(),
                ApprovalReference = reference,
            };
        }

        internal string? ReadId(JsonElement element, string name, string path, string[] known, bool required, FindingCode? unknownCode, string what)
        {
            string fieldPath = Field(path, name);
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    findings.Error(FindingCodes.MissingField, fieldPath, ("expected", "text"));
                }
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "string"));
                return null;
            }
            var id = Normalize(value.GetString()!, fieldPath, known, what);
            if (id is not null && unknownCode is not null && Array.IndexOf(known, id) < 0)
            {
                findings.Warning(unknownCode, fieldPath, ("value", id), ("known", string.Join(", ", known)));
            }
            return id;
        }

        private string? Normalize(string raw, string path, string[] known, string what)
        {
            if (Identifiers(raw))
            {
                return raw;
            }
            foreach (var candidate in known)
            {
                if (string.Equals(candidate, raw.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    findings.Warning(FindingCodes.IdCase, path, ("value", Truncate(raw)), ("id", candidate), ("what", what));
                    return candidate;
                }
            }
            findings.Error(FindingCodes.InvalidId, path, ("value", Truncate(raw)), ("what", what));
            return null;
        }

        private static bool Identifiers(string id) => CreditUnit.IsValidId(id);

        internal string? RequiredString(JsonElement element, string name, string path)
        {
            string fieldPath = Field(path, name);
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                findings.Error(FindingCodes.MissingField, fieldPath, ("expected", "text"));
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "string"));
                return null;
            }
            var text = value.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                findings.Error(FindingCodes.MissingField, fieldPath, ("expected", "text"));
                return null;
            }
            return text;
        }

        internal string? OptionalText(JsonElement element, string name, string path)
        {
            string fieldPath = Field(path, name);
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "string"));
                return null;
            }
            var text = value.GetString()!;
            if (text.Length > MaxTextLength)
            {
                findings.Error(FindingCodes.TextTooLong, fieldPath, ("length", JsonWords.Number(text.Length)), ("limit", JsonWords.Number(MaxTextLength)));
                return null;
            }
            return text;
        }

        private LocalDate? RequiredDate(JsonElement element, string name, string path)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                findings.Error(FindingCodes.MissingField, Field(path, name), ("expected", "date"));
                return null;
            }
            return Date(value, Field(path, name));
        }

        private LocalDate? OptionalDate(JsonElement element, string name, string fieldPath) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Date(value, fieldPath) : null;

        private LocalDate? Date(JsonElement value, string fieldPath) => JsonWords.Date(value, fieldPath, findings);

        private bool? OptionalBool(JsonElement element, string name, string path) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Bool(value, Field(path, name)) : null;

        private bool? RequiredBool(JsonElement element, string name, string path)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                findings.Error(FindingCodes.MissingField, Field(path, name), ("expected", "boolean"));
                return null;
            }
            return Bool(value, Field(path, name));
        }

        private bool? Bool(JsonElement value, string fieldPath)
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }
            findings.Error(FindingCodes.WrongType, fieldPath, ("value", Raw(value)), ("type", Kind(value)), ("expected", "boolean"));
            return null;
        }

        internal int? OptionalInt(JsonElement element, string name, string path, int max, int min = 0)
        {
            string fieldPath = Field(path, name);
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            return findings.WholeNumber(value, fieldPath, min, max);
        }

        internal void UnknownFields(JsonElement element, string prefix, string[] known)
        {
            findings.Fields(element, prefix, known);
        }




    }
}
