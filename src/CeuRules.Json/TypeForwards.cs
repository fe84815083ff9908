using System.Runtime.CompilerServices;
using CeuRules.Json;

// The policy reader lives in the core library, which reads the built-in policy files with it; its types
// keep their namespace, and code compiled against an earlier CeuRules.Json finds them there.
[assembly: TypeForwardedTo(typeof(PolicyJsonReader))]
[assembly: TypeForwardedTo(typeof(PolicyReadResult))]
