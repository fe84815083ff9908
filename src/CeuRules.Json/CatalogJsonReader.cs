using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Catalogs;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Json;

/// <summary>The outcome of reading a course catalog: the catalog, when it could be read whole, and every finding.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CatalogReadResult
{
    internal CatalogReadResult(CourseCatalog? catalog, ImmutableArray<Finding> findings)
    {
        Catalog = catalog;
        Findings = findings;
    }

    /// <summary>The catalog, or null when any error finding was made (a catalog is never half-read, so that paths in validation findings are the document's own).</summary>
    public CourseCatalog? Catalog { get; }

    /// <summary>Every finding of the reader.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>
    /// True when the document could not be read as a catalog at all — not JSON, too large, not an object, or
    /// a string that is not text (an <c>invalid-escape</c>) — so that it is refused whole rather than
    /// validated; false when it is a catalog, perhaps with errors in its courses, whose findings belong in a
    /// validation report.
    /// </summary>
    public bool IsRefused => Catalog is null && Findings.Any(f => f.Path == "$" || f.Code == "invalid-escape");

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"{(Catalog is { } catalog ? catalog.ToString() : "no catalog")}, {Findings.Length} findings{(IsRefused ? ", refused" : "")}";
}

/// <summary>
/// Reads the course catalog format of docs/vendors.md. Reading never throws for bad data: each
/// problem is a finding with a code, a path such as <c>courses[3].offers[0].credits[1].amount</c>
/// and the value; every finding is collected. Checks against the credentials' rules are
/// <see cref="CatalogValidator"/>'s.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class CatalogJsonReader
{
    /// <summary>The largest catalog read, in bytes (16 MiB).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The most courses one catalog may hold.</summary>
    public const int MaxCourses = 100_000;

    private static readonly string[] RootFields = ["vendor", "courses"];
    private static readonly string[] CourseFields = ["id", "title", "kind", "durationMinutes", "price", "contentAreas", "topics", "validMonths", "completeWithinMonths", "offers"];
    private static readonly string[] AreaFields = ["category", "minutes"];
    private static readonly string[] OfferFields = ["credential", "credits"];

    /// <summary>Reads a catalog from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The catalog.</param>
    /// <returns>The catalog and the findings.</returns>
    public static CatalogReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        var findings = new JsonFindings();
        using var json = JsonInput.Parse(utf8Json, MaxDocumentBytes, TranscriptJsonReader.MaxDepth, "catalog", findings);
        if (json is null)
        {
            return new CatalogReadResult(null, findings.ToImmutable());
        }
        var catalog = ReadCatalog(json.RootElement, findings, new TranscriptJsonReader.Reader(findings, PolicyCatalog.BuiltIn));
        return new CatalogReadResult(findings.ErrorCount > 0 ? null : catalog, findings.ToImmutable());
    }

    /// <summary>Reads a catalog from a string.</summary>
    /// <param name="json">The catalog.</param>
    /// <returns>The catalog and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CatalogReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a catalog from a stream, up to <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <returns>The catalog and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CatalogReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (JsonInput.ReadAll(stream, MaxDocumentBytes) is { } bytes)
        {
            return Read(bytes);
        }
        var findings = new JsonFindings();
        findings.Error(FindingCodes.DocumentTooLarge, "$", ("what", "catalog"), ("limit", JsonWords.Number(MaxDocumentBytes)));
        return new CatalogReadResult(null, findings.ToImmutable());
    }

    /// <summary>
    /// Reads the catalog in the file at <paramref name="path"/> (a regular file, a named pipe or a
    /// device), reading at most just past <see cref="MaxDocumentBytes"/>. A file that cannot be opened
    /// or read gives a <c>cannot-read</c> finding, one too large <c>document-too-large</c>.
    /// </summary>
    /// <param name="path">The file's path (not JSON text: for that, use <see cref="Read(string)"/>).</param>
    /// <returns>The catalog and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CatalogReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var findings = new JsonFindings();
        return JsonInput.ReadFile(path, MaxDocumentBytes, "catalog", findings) is { } bytes
            ? Read(bytes)
            : new CatalogReadResult(null, findings.ToImmutable());
    }

    /// <summary>Reads a catalog from a stream without blocking a thread, up to just past <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream; read to its end (or just past the limit), not closed. It need not support seeking.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The catalog and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<CatalogReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (await JsonInput.ReadAllAsync(stream, MaxDocumentBytes, cancellationToken).ConfigureAwait(false) is { } bytes)
        {
            return Read(bytes);
        }
        var findings = new JsonFindings();
        JsonInput.TooLarge(MaxDocumentBytes, "catalog", findings);
        return new CatalogReadResult(null, findings.ToImmutable());
    }

    private static CourseCatalog? ReadCatalog(JsonElement root, JsonFindings findings, TranscriptJsonReader.Reader reader)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, "$", ("value", JsonWords.Raw(root)), ("type", JsonWords.Kind(root)), ("expected", "catalog"));
            return null;
        }
        reader.UnknownFields(root, string.Empty, RootFields);
        string? vendor = reader.RequiredString(root, "vendor", string.Empty);
        var courses = ImmutableArray.CreateBuilder<Course>();
        if (!root.TryGetProperty("courses", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            findings.Error(FindingCodes.MissingField, "courses", ("expected", "courses"));
        }
        else if (list.ValueKind != JsonValueKind.Array)
        {
            findings.Error(FindingCodes.WrongType, "courses", ("value", JsonWords.Raw(list)), ("type", JsonWords.Kind(list)), ("expected", "array"));
        }
        else if (list.GetArrayLength() > MaxCourses)
        {
            findings.Error(FindingCodes.TooManyCourses, "courses", ("count", JsonWords.Number(list.GetArrayLength())), ("limit", JsonWords.Number(MaxCourses)));
        }
        else
        {
            int c = 0;
            foreach (var element in list.EnumerateArray())
            {
                if (ReadCourse(element, $"courses[{c++}]", findings, reader) is { } course)
                {
                    courses.Add(course);
                }
            }
        }
        return vendor is null ? null : new CourseCatalog(vendor, courses.ToImmutable());
    }

    private static Course? ReadCourse(JsonElement element, string path, JsonFindings findings, TranscriptJsonReader.Reader reader)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, path, ("value", JsonWords.Raw(element)), ("type", JsonWords.Kind(element)), ("expected", "object"));
            return null;
        }
        reader.UnknownFields(element, path + ".", CourseFields);
        string? id = reader.RequiredString(element, "id", path);
        if (id is not null && id.Length > LearningActivity.MaxIdLength)
        {
            findings.Error(FindingCodes.TextTooLong, path + ".id", ("length", JsonWords.Number(id.Length)), ("limit", JsonWords.Number(LearningActivity.MaxIdLength)));
            id = null;
        }
        string? title = reader.RequiredString(element, "title", path);
        string? kind = reader.ReadId(element, "kind", path, reader.Kinds, required: true, FindingCodes.UnknownKind, "course-kind");
        int? duration = reader.OptionalInt(element, "durationMinutes", path, int.MaxValue, int.MinValue);
        int? validMonths = reader.OptionalInt(element, "validMonths", path, 1_200);
        var price = ReadPrice(element, path, findings);
        int? completeWithin = reader.OptionalInt(element, "completeWithinMonths", path, 1_200);
        var areas = Array(element, "contentAreas", path, findings, (area, areaPath) => ReadArea(area, areaPath, findings, reader));
        var topics = Array(element, "topics", path, findings, (topic, topicPath) =>
        {
            if (topic.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(topic.GetString()))
            {
                findings.Error(FindingCodes.WrongType, topicPath, ("value", JsonWords.Raw(topic)), ("type", JsonWords.Kind(topic)), ("expected", "text"));
                return null;
            }
            return topic.GetString();
        });
        var offers = Array(element, "offers", path, findings, (offer, offerPath) => ReadOffer(offer, offerPath, findings, reader));
        if (id is null || title is null || kind is null)
        {
            return null;
        }
        return new Course(id, title, new LearningActivityKind(kind))
        {
            DurationMinutes = duration,
            Price = price,
            ValidMonths = validMonths,
            CompleteWithinMonths = completeWithin,
            ContentAreas = areas,
            Topics = topics,
            Offers = offers,
        };
    }

    /// <summary>The most a course's price may be, in dollars.</summary>
    private const decimal MaxPriceDollars = 1_000_000m;

    /// <summary>The optional price: a number of dollars with at most two decimals, from 0 to <see cref="MaxPriceDollars"/>.</summary>
    private static Money? ReadPrice(JsonElement element, string path, JsonFindings findings)
    {
        if (!element.TryGetProperty("price", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        string at = path + ".price";
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal dollars))
        {
            findings.Error(FindingCodes.WrongType, at, ("value", JsonWords.Raw(value)), ("type", JsonWords.Kind(value)), ("expected", "price"));
            return null;
        }
        if (dollars < 0)
        {
            findings.Error(FindingCodes.NegativePrice, at, ("value", dollars.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }
        if (dollars > MaxPriceDollars || decimal.Round(dollars, 2) != dollars)
        {
            findings.Error(FindingCodes.InvalidPrice, at, ("value", dollars.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("limit", MaxPriceDollars.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }
        return Money.FromCents((long)(dollars * 100m));
    }

    private static ContentArea? ReadArea(JsonElement element, string path, JsonFindings findings, TranscriptJsonReader.Reader reader)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, path, ("value", JsonWords.Raw(element)), ("type", JsonWords.Kind(element)), ("expected", "content-area"));
            return null;
        }
        reader.UnknownFields(element, path + ".", AreaFields);
        string? category = reader.ReadId(element, "category", path, TranscriptJsonReader.Reader.KnownCategories, required: true, null, "category");
        int? minutes = reader.OptionalInt(element, "minutes", path, int.MaxValue);
        if (minutes is null && !element.TryGetProperty("minutes", out _))
        {
            findings.Error(FindingCodes.MissingField, path + ".minutes", ("expected", "whole-number"));
        }
        return category is null || minutes is null ? null : new ContentArea(new Category(category), minutes.Value);
    }

    private static CreditOffer? ReadOffer(JsonElement element, string path, JsonFindings findings, TranscriptJsonReader.Reader reader)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, path, ("value", JsonWords.Raw(element)), ("type", JsonWords.Kind(element)), ("expected", "offer"));
            return null;
        }
        reader.UnknownFields(element, path + ".", OfferFields);
        string? credential = reader.RequiredString(element, "credential", path);
        var credits = Array(element, "credits", path, findings, reader.ReadLine);
        return credential is null ? null : new CreditOffer(credential, credits);
    }

    /// <summary>Reads an optional array field, element by element; an element read as null is left out (its finding says why).</summary>
    private static ImmutableArray<T> Array<T>(JsonElement element, string name, string path, JsonFindings findings, Func<JsonElement, string, T?> read)
        where T : class
    {
        string fieldPath = path + "." + name;
        if (!element.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return ImmutableArray<T>.Empty;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            findings.Error(FindingCodes.WrongType, fieldPath, ("value", JsonWords.Raw(list)), ("type", JsonWords.Kind(list)), ("expected", "array"));
            return ImmutableArray<T>.Empty;
        }
        var items = ImmutableArray.CreateBuilder<T>();
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (read(item, $"{fieldPath}[{i++}]") is { } value)
            {
                items.Add(value);
            }
        }
        return items.ToImmutable();
    }
}
