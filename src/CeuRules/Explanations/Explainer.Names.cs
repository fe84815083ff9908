using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;

namespace CeuRules.Explanations;

/// <summary>The names of things a sentence mentions: bodies, categories, kinds of activity, statuses, actions, memberships and approval.</summary>
public sealed partial class Explainer
{
    /// <summary>A category's name: "clinical", "clínica"; a category the resources do not know by its id.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public string CategoryName(Category category) => Find("Category." + category.Id) ?? category.Id ?? string.Empty;

    /// <summary>
    /// A category's name as <paramref name="policy"/> names it: the policy's name in the reader's language
    /// (<see cref="CategoryRule.Names"/>), else the resources' name of a built-in category, else the policy's
    /// English name, else the id ("Seguridad" for a custom policy that names its <c>safety</c> category in Spanish).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="policy">The policy whose categories' names are used, or null for none.</param>
    /// <returns>The name.</returns>
    public string CategoryName(Category category, CredentialPolicy? policy) =>
        policy?.Categories?.NameIn(category, Culture.TwoLetterISOLanguageName)
        ?? Find("Category." + category.Id)
        ?? policy?.Categories?.NameIn(category, "en")
        ?? category.Id
        ?? string.Empty;

    /// <summary>A kind of activity, in the plural as a sentence names it: "CPR cards", "las tarjetas de RCP (CPR)".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind in words.</returns>
    public string KindName(LearningActivityKind kind) => Find("Kind." + kind.Id) ?? Format("Kind.Other", kind.Id ?? string.Empty);

    /// <summary>
    /// A kind of activity, in the plural as a sentence names it, as <paramref name="policy"/> names it: the
    /// policy's name in the reader's language (<see cref="CredentialPolicy.KindNames"/>), else the resources'
    /// name of a built-in kind, else the policy's English name, else the kind's id in a phrase
    /// ("las capacitaciones internas" for a custom policy that names its <c>in-service</c> kind in Spanish).
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="policy">The policy whose names of kinds are used, or null for none.</param>
    /// <returns>The kind in words.</returns>
    public string KindName(LearningActivityKind kind, CredentialPolicy? policy) =>
        policy?.KindNameIn(kind, Culture.TwoLetterISOLanguageName)?.Other
        ?? Find("Kind." + kind.Id)
        ?? policy?.KindNameIn(kind, "en")?.Other
        ?? Format("Kind.Other", kind.Id ?? string.Empty);

    /// <summary>A kind of activity, in the singular and without an article, as a label: "course", "tarjeta de RCP (CPR)"; a kind the resources do not know by its id.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind in words.</returns>
    public string KindLabel(LearningActivityKind kind) => Find("Kind." + kind.Id + ".One") ?? kind.Id ?? string.Empty;

    /// <summary>
    /// A kind of activity as a label, as <paramref name="policy"/> names it: the policy's singular in the
    /// reader's language (<see cref="CredentialPolicy.KindNames"/>), else the resources' name of a built-in
    /// kind, else the policy's English singular, else the id ("capacitación interna").
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="policy">The policy whose names of kinds are used, or null for none.</param>
    /// <returns>The kind in words.</returns>
    public string KindLabel(LearningActivityKind kind, CredentialPolicy? policy) =>
        policy?.KindNameIn(kind, Culture.TwoLetterISOLanguageName)?.One
        ?? Find("Kind." + kind.Id + ".One")
        ?? policy?.KindNameIn(kind, "en")?.One
        ?? kind.Id
        ?? string.Empty;

    /// <summary>A category's name as the first of <paramref name="policies"/> that names it in the reader's language names it, else as <see cref="CategoryName(Category, CredentialPolicy?)"/> does with the first that names it at all.</summary>
    internal string CategoryNameAmong(Category category, IReadOnlyList<CredentialPolicy> policies)
    {
        string language = Culture.TwoLetterISOLanguageName;
        var named = policies.FirstOrDefault(p => p.Categories?.NameIn(category, language) is not null)
            ?? policies.FirstOrDefault(p => p.Categories?.Names.ContainsKey(category) == true);
        return CategoryName(category, named);
    }

    /// <summary>A kind's label as the first of <paramref name="policies"/> that names it in the reader's language names it, else as <see cref="KindLabel(LearningActivityKind, CredentialPolicy?)"/> does with the first that names it at all.</summary>
    internal string KindLabelAmong(LearningActivityKind kind, IReadOnlyList<CredentialPolicy> policies)
    {
        string language = Culture.TwoLetterISOLanguageName;
        var named = policies.FirstOrDefault(p => p.KindNameIn(kind, language) is not null)
            ?? policies.FirstOrDefault(p => p.KindNames.ContainsKey(kind));
        return KindLabel(kind, named);
    }

    /// <summary>Whether the person is a member of the body, as the fees depend on it: "member of the AAMA", "no es miembro de la AAMA".</summary>
    /// <param name="certification">The certification.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> is null.</exception>
    public string Membership(Certification certification)
    {
        Preconditions.CheckNotNull(certification);
        string key = certification.IsMember ? "Membership.Member" : "Membership.NotMember";
        var body = certification.Credential.Body;
        if (body.InSentenceIn(Culture.TwoLetterISOLanguageName) is { } named)
        {
            // "miembro de la clínica Example", "miembro del colegio Example": the grammar contracts "de el".
            return Format(key + ".Named", named);
        }
        string acronym = body.Acronym;
        return Find(key + "." + acronym) ?? Format(key, acronym);
    }

    /// <summary>
    /// A certifying body as a sentence names it: as the body says a sentence of the reader's language names it
    /// (<see cref="CertifyingBody.InSentence"/>, "la clínica Example"), else "the AAMA", "la AAMA", "el NCCT".
    /// </summary>
    /// <param name="body">The body.</param>
    /// <returns>The body in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public string Body(CertifyingBody body)
    {
        Preconditions.CheckNotNull(body);
        return body.InSentenceIn(Culture.TwoLetterISOLanguageName) ?? Find("Body.The." + body.Acronym) ?? Format("Body.The", body.Acronym);
    }

    /// <summary>A status's name, as on a badge: "In progress", "En curso".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string StatusName(CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => Get("Status.RequirementsMet"),
        CertificationStatus.InProgress => Get("Status.InProgress"),
        CertificationStatus.WithinCeTimeLimit => Get("Status.WithinCeTimeLimit"),
        CertificationStatus.LapsedExamRequired => Get("Status.LapsedExamRequired"),
        CertificationStatus.Ineligible => Get("Status.Ineligible"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>What a next step asks the person to do: "Take the exam", "Presentar el examen".</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not defined.</exception>
    public string ActionName(NextAction action) => action switch
    {
        NextAction.Apply => Get("Action.Apply"),
        NextAction.EarnThenApply => Get("Action.EarnThenApply"),
        NextAction.Exam => Get("Action.Exam"),
        NextAction.Reactivate => Get("Action.Reactivate"),
        NextAction.None => Get("Action.None"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown next action."),
    };

    /// <summary>
    /// "approved by the AAMA" or "not approved by the AAMA" after an amount, agreeing with it: in Spanish in
    /// number with the amount as written and in gender with its unit ("1 punto aprobado", "2 horas de contacto
    /// aprobadas"; see <see cref="IsFeminine(CreditUnit, CredentialPolicy?)"/>).
    /// </summary>
    private string Approval(CredentialPolicy policy, bool approved, CreditAmount amount, CreditUnit unit) =>
        Approval(policy.Credential.Body, approved, plural: !IsOne(amount), feminine: IsFeminine(unit, policy));

    /// <summary>"approved by the AAMA" agreeing with a noun of the given number and gender: "una actividad no aprobada por la AAMA", "créditos no aprobados".</summary>
    private string Approval(CertifyingBody body, bool approved, bool plural, bool feminine)
    {
        string key = (approved ? "Approval.Approved" : "Approval.NotApproved") + (plural ? ".Other" : ".One");
        return Format(feminine && Find(key + ".Feminine") is not null ? key + ".Feminine" : key, Body(body));
    }

    /// <summary>The key of words that agree with the policy's unit's gender: its ".Feminine" form for a feminine unit where the language has one ("de las cuales" for horas).</summary>
    private string Gendered(string key, CredentialPolicy policy) =>
        IsFeminine(policy.Units.Unit, policy) && Find(key + ".Feminine") is not null ? key + ".Feminine" : key;

    /// <summary>
    /// Whether the language names the unit with a feminine noun: as the policy says of its own unit in the
    /// reader's language (<see cref="UnitRule.Genders"/>), else as the resources say of a built-in unit
    /// (<c>Unit.{id}.Gender</c> is <c>f</c>); masculine otherwise.
    /// </summary>
    private bool IsFeminine(CreditUnit unit, CredentialPolicy? policy) =>
        policy is not null && unit == policy.Units.Unit && policy.Units.GenderIn(Culture.TwoLetterISOLanguageName) is { } gender
            ? gender == GrammaticalGender.Feminine
            : Find("Unit." + unit.Id + ".Gender") == "f";

    /// <summary>An amount followed by whether its body approved it: "2 points approved by the AAMA", "2 puntos aprobados por la AAMA" (the unit's short name where the body is already said).</summary>
    private string ApprovedAmount(CreditAmount amount, CredentialPolicy policy, bool approved)
    {
        var unit = policy.Units.Unit;
        bool plural = !IsOne(amount);
        string name = OwnUnitName(unit, policy, plural) is null && Find("Unit." + unit.Id + ".Short" + (plural ? ".Other" : ".One")) is { } shortName
            ? shortName
            : UnitName(unit, policy, plural);
        return Format("Approval.Amount", Number(amount) + " " + name, Approval(policy, approved, amount, unit));
    }

    private string CategoryPhrase(Category category, CredentialPolicy? policy) => Format("Category.Phrase", CategoryName(category, policy));

    private string Categories(CredentialPolicy policy) =>
        policy.Categories is { } rule ? List(rule.Categories.Select(c => CategoryName(c, policy)).ToList(), "List.And") : string.Empty;

    private static bool DistinguishesApproval(CredentialPolicy policy) => policy.DistinguishesApproval;
}
