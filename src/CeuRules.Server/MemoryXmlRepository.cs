using System.Collections.Generic;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CeuRules.Server;

/// <summary>
/// Keeps the data-protection keys that the authentication stack creates at start-up in memory, never on
/// disk: the service protects nothing with them (no cookies, no antiforgery) and keeps nothing.
/// </summary>
internal sealed class MemoryXmlRepository : IXmlRepository
{
    private readonly List<XElement> elements = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (elements)
        {
            return elements.ConvertAll(e => new XElement(e));
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (elements)
        {
            elements.Add(new XElement(element));
        }
    }
}
