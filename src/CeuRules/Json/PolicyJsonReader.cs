using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

using static CeuRules.Json.JsonWords;

namespace CeuRules.Json;

/// <summary>
/// Reads a policy file (docs/custom-policies.md): one credential with one or more effective-dated
/// versions, each assembled from the same rule parts as the built-in policies. Every problem is a
/// <see cref="Finding"/> with a code, a path such as <c>versions[0].requirements[2].minimum</c>
/// and the value concerned. Reading never throws for bad data, and never returns a half-read policy:
/// when any finding is an error, <see cref="PolicyReadResult.Policies"/> is empty.
/// </summary>
/// <remarks>
/// <para>Comments and trailing commas are allowed, since policy files are written by hand.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PolicyJsonReader
{
    /// <summary>The largest policy file accepted, in bytes (1 MiB).</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most versions accepted in one file.</summary>
    public const int MaxVersions = 100;

    /// <summary>The most items accepted in any other array (requirements, conversions, categories, fees, ...).</summary>
    public const int MaxArrayItems = 1_000;

    /// <summary>The longest text accepted (names, summaries, citations, notes), in characters.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>Reads a policy file from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The file's content.</param>
    /// <returns>The policy versions and the findings.</returns>
    public static PolicyReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        var findings = new JsonFindings();
        var json = JsonInput.Parse(utf8Json, MaxDocumentBytes, MaxDepth, "policy file", findings, lenient: true);
        if (json is null)
        {
            return new PolicyReadResult(ImmutableArray<CredentialPolicy>.Empty, findings.ToImmutable());
        }
        using (json)
        {
            return new PolicyReader(findings).ReadFile(json.RootElement);
        }
    }

    /// <summary>Reads a policy file from a string.</summary>
    /// <param name="json">The file's content.</param>
    /// <returns>The policy versions and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static PolicyReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a policy file from a stream, up to <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream; read to its end (or just past the limit), not closed.</param>
    /// <returns>The policy versions and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PolicyReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (JsonInput.ReadAll(stream, MaxDocumentBytes) is { } bytes)
        {
            return Read(bytes);
        }
        var findings = new JsonFindings();
        findings.Error(FindingCodes.DocumentTooLarge, "$", ("what", "policy"), ("limit", JsonWords.Number(MaxDocumentBytes)));
        return new PolicyReadResult(ImmutableArray<CredentialPolicy>.Empty, findings.ToImmutable());
    }

    /// <summary>
    /// Reads the policy file at <paramref name="path"/> (a regular file, a named pipe or a device),
    /// reading at most just past <see cref="MaxDocumentBytes"/>. A file that cannot be opened or read
    /// gives a <c>cannot-read</c> finding, one too large <c>document-too-large</c>.
    /// </summary>
    /// <param name="path">The file's path (not JSON text: for that, use <see cref="Read(string)"/>).</param>
    /// <returns>The policies and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static PolicyReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var findings = new JsonFindings();
        return JsonInput.ReadFile(path, MaxDocumentBytes, "policy file", findings) is { } bytes
            ? Read(bytes)
            : new PolicyReadResult(ImmutableArray<CredentialPolicy>.Empty, findings.ToImmutable());
    }

    /// <summary>Reads a policy file from a stream without blocking a thread, up to just past <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream; read to its end (or just past the limit), not closed. It need not support seeking.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The policies and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<PolicyReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (await JsonInput.ReadAllAsync(stream, MaxDocumentBytes, cancellationToken).ConfigureAwait(false) is { } bytes)
        {
            return Read(bytes);
        }
        var findings = new JsonFindings();
        JsonInput.TooLarge(MaxDocumentBytes, "policy file", findings);
        return new PolicyReadResult(ImmutableArray<CredentialPolicy>.Empty, findings.ToImmutable());
    }
}

/// <summary>Reads the parts of one policy file, collecting every finding.</summary>
internal sealed partial class PolicyReader
{
    private static readonly string[] RootFields = ["credential", "source", "versions"];
    private static readonly string[] CredentialFields = ["id", "acronym", "name", "body"];
    private static readonly string[] BodyFields = ["id", "acronym", "name", "inSentence"];
    private static readonly string[] SourceFields = ["citation", "url", "document", "revision", "authority", "confirmed", "superseded", "note", "furtherSources"];
    private static readonly string[] FurtherSourceFields = ["citation", "url", "document", "revision", "authority", "confirmed", "superseded", "note"];

    /// <summary>Stands in for a missing source so that reading can go on to find further problems; never returned.</summary>
    private static readonly RuleSource Placeholder = new("missing");

    private readonly JsonFindings findings;
    private string credentialId = "policy";
    private RuleSource? fileSource;

    internal PolicyReader(JsonFindings findings) => this.findings = findings;

    internal PolicyReadResult ReadFile(JsonElement root)
    {
        var none = ImmutableArray<CredentialPolicy>.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, "$", ("value", Raw(root)), ("type", Kind(root)), ("expected", "policy"));
            return new PolicyReadResult(none, findings.ToImmutable());
        }
        Fields(root, "", RootFields);
        var credential = ReadCredential(root);
        if (root.TryGetProperty("source", out var source) && source.ValueKind != JsonValueKind.Null)
        {
            fileSource = ReadSource(source, "source") ?? Placeholder;
        }

        var policies = ImmutableArray.CreateBuilder<CredentialPolicy>();
        if (!root.TryGetProperty("versions", out var versions) || versions.ValueKind == JsonValueKind.Null)
        {
            findings.Error(FindingCodes.MissingField, "versions", ("expected", "versions"));
        }
        else if (versions.ValueKind != JsonValueKind.Array)
        {
            findings.Error(FindingCodes.WrongType, "versions", ("value", Raw(versions)), ("type", Kind(versions)), ("expected", "array"));
        }
        else if (versions.GetArrayLength() == 0)
        {
            findings.Error(FindingCodes.MissingField, "versions", ("expected", "versions"));
        }
        else if (versions.GetArrayLength() > PolicyJsonReader.MaxVersions)
        {
            findings.Error(FindingCodes.TooManyVersions, "versions", ("count", JsonWords.Number(versions.GetArrayLength())), ("limit", JsonWords.Number(PolicyJsonReader.MaxVersions)));
        }
        else
        {
            var effectiveDates = new Dictionary<LocalDate, string>();
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var read = new Dictionary<string, CredentialPolicy?>(StringComparer.Ordinal);
            int i = 0;
            foreach (var version in versions.EnumerateArray())
            {
                string path = $"versions[{i++}]";
                var policy = ReadVersion(version, path, credential, effectiveDates, names, read);
                if (policy is not null)
                {
                    policies.Add(policy);
                }
                if (version.ValueKind == JsonValueKind.Object && version.TryGetProperty("version", out var name) && name.ValueKind == JsonValueKind.String)
                {
                    read.TryAdd(name.GetString()!, policy);
                }
            }
        }

        if (findings.ErrorCount == 0)
        {
            foreach (var (problem, _) in PolicyCatalog.Inconsistencies(policies))
            {
                findings.Error(FindingCodes.InconsistentPolicy, "versions", ("reason", problem.Reason), ("subject", problem.Subject));
            }
        }
        return new PolicyReadResult(findings.ErrorCount == 0 ? policies.ToImmutable() : none, findings.ToImmutable());
    }

    private Credential? ReadCredential(JsonElement root)
    {
        if (Object(root, "credential", "", required: true) is not { } element)
        {
            return null;
        }
        const string path = "credential";
        Fields(element, path + ".", CredentialFields);
        string? id = Id(element, "id", path, required: true, "credential");
        if (id is not null)
        {
            credentialId = id;
        }
        string? acronym = Text(element, "acronym", path, required: true);
        string? name = Text(element, "name", path, required: true);
        CertifyingBody? body = null;
        if (Object(element, "body", path, required: true) is { } bodyElement)
        {
            const string bodyPath = path + ".body";
            Fields(bodyElement, bodyPath + ".", BodyFields);
            string? bodyId = Id(bodyElement, "id", bodyPath, required: true, "body");
            string? bodyAcronym = Text(bodyElement, "acronym", bodyPath, required: true);
            string? bodyName = Text(bodyElement, "name", bodyPath, required: true);
            var inSentence = ReadTranslations(bodyElement, "inSentence", bodyPath);
            if (bodyId is not null && bodyAcronym is not null && bodyName is not null && inSentence is not null)
            {
                body = Construct(bodyPath, () => new CertifyingBody(bodyId, bodyAcronym, bodyName) { InSentence = inSentence });
            }
        }
        return id is null || acronym is null || name is null || body is null
            ? null
            : Construct(path, () => new Credential(id, body, acronym, name));
    }

    /// <summary>
    /// Reads a source: a citation string, or an object with "citation" and optionally "url", "document",
    /// "revision", "authority", "confirmed", "superseded", "note" and (not in a further source) "furtherSources".
    /// </summary>
    private RuleSource? ReadSource(JsonElement element, string path, bool further = false)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            string citation = element.GetString()!;
            return CheckText(citation, path, "source") is { } text ? new RuleSource(text) : null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            findings.Error(FindingCodes.WrongType, path, ("value", Raw(element)), ("type", Kind(element)), ("expected", "source"));
            return null;
        }
        int errorsBefore = findings.ErrorCount;
        Fields(element, path + ".", further ? FurtherSourceFields : SourceFields);
        string? citationText = Text(element, "citation", path, required: true);
        bool? confirmed = Bool(element, "confirmed", path);
        bool? superseded = Bool(element, "superseded", path, defaultValue: false);
        string? note = Text(element, "note", path, required: false);
        Uri? url = Url(element, path);
        string? document = Text(element, "document", path, required: false);
        string? revision = Text(element, "revision", path, required: false);
        bool hasAuthority = Value(element, "authority", path, required: false) is not null;
        int? authority = hasAuthority ? Choice(element, "authority", path, required: false, PolicyJsonNames.Authorities, "source authority") : null;
        var furtherSources = ImmutableArray<RuleSource>.Empty;
        if (!further && ArrayField(element, "furtherSources", path, required: false) is { } list)
        {
            var builder = ImmutableArray.CreateBuilder<RuleSource>(list.GetArrayLength());
            int i = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (ReadSource(item, $"{path}.furtherSources[{i++}]", further: true) is { } read)
                {
                    builder.Add(read);
                }
            }
            furtherSources = builder.ToImmutable();
        }
        if (findings.ErrorCount > errorsBefore || citationText is null || confirmed is null || superseded is null)
        {
            return null;
        }
        return Construct(path, () => new RuleSource(citationText, confirmed.Value, note)
        {
            Url = url,
            Document = document,
            Revision = revision,
            Authority = authority is { } index ? PolicyJsonNames.Authority(index) : null,
            Superseded = superseded.Value,
            FurtherSources = furtherSources,
        });
    }

    /// <summary>The optional "url" of a source: an absolute http or https URL.</summary>
    private Uri? Url(JsonElement element, string path)
    {
        if (Text(element, "url", path, required: false) is not { } text)
        {
            return null;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && RuleSource.IsWebUrl(url))
        {
            return url;
        }
        findings.Error(FindingCodes.InvalidUrl, path + ".url", ("value", Truncate(text)));
        return null;
    }

    /// <summary>Calls a model constructor, turning an <see cref="ArgumentException"/> into an <c>invalid-part</c> finding at <paramref name="path"/>.</summary>
    private T? Construct<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            // The constructor's own message is English made outside the words layer; the finding names the kind of refusal by code.
            findings.Error(FindingCodes.InvalidPart, path, ("reason", e is ArgumentOutOfRangeException ? "out-of-range" : "values-disagree"));
            return null;
        }
    }
}
