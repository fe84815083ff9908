namespace CeuRules.Policies;

/// <summary>
/// The grammatical gender of a noun in a language that has one, as words agreeing with it need it: Spanish
/// "horas de seguridad" is feminine ("aprobadas", "de las cuales"), "puntos" masculine ("aprobados", "de los cuales").
/// </summary>
public enum GrammaticalGender
{
    /// <summary>Masculine, the form words take when the language says nothing else.</summary>
    Masculine = 0,

    /// <summary>Feminine.</summary>
    Feminine = 1,
}
