using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using CeuRules.Evaluation;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>The English words of <see cref="Words"/> as the results' words (<see cref="IResultWords"/>), registered when the library loads.</summary>
internal sealed class ResultWordsRegistration : IResultWords
{
    /// <summary>Registers the words before any code of the library runs.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "It registers the library's own words with its own results, inside the library; it reads nothing of the host's and cannot fail.")]
    internal static void Register() => ResultWords.Register(new ResultWordsRegistration());

    public string NotCounted(NotCountedCredit credit) => Words.NotCounted(credit);

    public string Note(ActivityNote note) => Words.Note(note);

    public string EvaluationNote(EvaluationNote note) => Words.EvaluationNote(note);

    public string Status(CertificationEvaluation result) => Words.Status(result);

    public Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf) => Words.CertificationFinding(code, certifiedOn, asOf);
}
