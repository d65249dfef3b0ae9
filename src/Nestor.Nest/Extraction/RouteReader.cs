using Nestor.Nest.Model;
using Nestor.Nest.Routes;
using Nestor.Semantics;

namespace Nestor.Nest.Extraction;

/// <summary>Reads the entry points of a class: HTTP routes with their full paths, resolver fields, message and event handlers, jobs.</summary>
internal static class RouteReader
{
    private static readonly Dictionary<string, string> HttpMethods = new(StringComparer.Ordinal)
    {
        ["Get"] = "GET",
        ["Post"] = "POST",
        ["Put"] = "PUT",
        ["Patch"] = "PATCH",
        ["Delete"] = "DELETE",
        ["Options"] = "OPTIONS",
        ["Head"] = "HEAD",
        ["All"] = "ALL",
        ["Search"] = "SEARCH",
    };

    private static readonly Dictionary<string, EntryKind> OtherEntries = new(StringComparer.Ordinal)
    {
        ["Query"] = EntryKind.GraphQlQuery,
        ["Mutation"] = EntryKind.GraphQlMutation,
        ["Subscription"] = EntryKind.GraphQlSubscription,
        ["ResolveField"] = EntryKind.GraphQlResolveField,
        ["MessagePattern"] = EntryKind.MessagePattern,
        ["EventPattern"] = EntryKind.EventPattern,
        ["Cron"] = EntryKind.Cron,
        ["Interval"] = EntryKind.Interval,
        ["Timeout"] = EntryKind.Timeout,
        ["OnEvent"] = EntryKind.OnEvent,
        ["SubscribeMessage"] = EntryKind.SubscribeMessage,
    };

    private static readonly Dictionary<string, ParameterSource> ParameterDecorators = new(StringComparer.Ordinal)
    {
        ["Body"] = ParameterSource.Body,
        ["Query"] = ParameterSource.Query,
        ["Param"] = ParameterSource.Param,
        ["Headers"] = ParameterSource.Headers,
        ["Req"] = ParameterSource.Request,
        ["Request"] = ParameterSource.Request,
        ["Res"] = ParameterSource.Response,
        ["Response"] = ParameterSource.Response,
        ["Args"] = ParameterSource.Args,
        ["Payload"] = ParameterSource.Payload,
        ["MessageBody"] = ParameterSource.Payload,
    };

    private static readonly Dictionary<string, string> EnhancerDecorators = new(StringComparer.Ordinal)
    {
        ["UseGuards"] = "guard",
        ["UsePipes"] = "pipe",
        ["UseInterceptors"] = "interceptor",
        ["UseFilters"] = "filter",
    };

    // Decorators that belong to Nest itself and are shown in their own fields rather than as "custom".
    private static readonly HashSet<string> Framework = new(StringComparer.Ordinal) { "HttpCode", "Version", "Header", "Redirect", "Render", "Sse" };

    public static IEnumerable<Route> Read(ClassSymbol symbol, FileModel file, Bootstrap? bootstrap)
    {
        var controller = symbol.FindDecorator("Controller");
        var controllerPath = ControllerPath(controller);
        var controllerVersions = Versions(Values.Property(controller?.Argument(0), "version"));
        var classEnhancers = Enhancers(symbol.Decorators, EnhancerLevel.Controller);
        var globalEnhancers = GlobalEnhancers(bootstrap);
        foreach (var member in symbol.Members.Where(m => m.Kind == ClassMemberKind.Method))
        {
            foreach (var decorator in member.Decorators)
            {
                var location = SourceLocation.From(file.Text, member.NameSpan);
                var enhancers = globalEnhancers.Concat(classEnhancers).Concat(Enhancers(member.Decorators, EnhancerLevel.Handler)).ToList();
                var parameters = member.Parameters.Select(Parameter).ToList();
                var others = member.Decorators.Select(d => d.Name)
                    .Where(n => !HttpMethods.ContainsKey(n) && !EnhancerDecorators.ContainsKey(n) && !OtherEntries.ContainsKey(n) && !Framework.Contains(n))
                    .ToList();
                if (controller is not null && HttpMethods.TryGetValue(decorator.Name, out var httpMethod))
                {
                    var versions = Versions(member.Decorators.FirstOrDefault(d => d.Name == "Version")?.Argument(0));
                    if (versions.Count == 0)
                    {
                        versions = controllerVersions;
                    }

                    var methodPath = Values.String(decorator.Argument(0)) ?? Values.Items(decorator.Argument(0)).Select(Values.String).FirstOrDefault(s => s is not null) ?? "";
                    var httpCode = member.Decorators.FirstOrDefault(d => d.Name == "HttpCode")?.Argument(0) is NumberValue code ? (int)code.Value : (int?)null;
                    foreach (var version in versions.Count == 0 ? [null] : versions.Cast<string?>())
                    {
                        yield return new Route(EntryKind.Http, httpMethod, FullPath(bootstrap, version ?? bootstrap?.DefaultVersion, controllerPath, methodPath), symbol.Name, member.Name, location)
                        {
                            Parameters = parameters,
                            Enhancers = enhancers,
                            HttpCode = httpCode,
                            Versions = version is null ? [] : [version],
                            Decorators = others,
                            ReturnType = member.Type?.Text,
                        };
                    }
                }
                else if (OtherEntries.TryGetValue(decorator.Name, out var kind) && (kind is not EntryKind.GraphQlQuery || symbol.FindDecorator("Resolver") is not null))
                {
                    var name = Values.String(decorator.Argument(0)) ?? Values.String(Values.Property(decorator.Argument(0), "name"))
                        ?? (decorator.Argument(0) is { } argument && kind is EntryKind.MessagePattern or EntryKind.EventPattern or EntryKind.Cron ? argument.ToString() : member.Name);
                    yield return new Route(kind, decorator.Name, name, symbol.Name, member.Name, location)
                    {
                        Parameters = parameters,
                        Enhancers = enhancers,
                        Decorators = others,
                        ReturnType = member.Type?.Text,
                    };
                }
            }
        }
    }

    /// <summary>Joins prefix, URI version, controller path and method path the way Nest's router does.</summary>
    public static string FullPath(Bootstrap? bootstrap, string? version, string controllerPath, string methodPath)
    {
        var segments = new List<string>();
        if (bootstrap?.GlobalPrefix is { } prefix)
        {
            segments.Add(prefix);
        }

        if (version is not null && version != "VERSION_NEUTRAL" && (bootstrap?.VersioningType ?? "URI") == "URI" && bootstrap?.VersioningType is not null)
        {
            segments.Add((bootstrap?.VersionPrefix ?? "v") + version);
        }

        segments.Add(controllerPath);
        segments.Add(methodPath);
        var path = string.Join('/', segments.Select(s => s.Trim('/')).Where(s => s.Length > 0));
        return "/" + path;
    }

    private static string ControllerPath(AppliedDecorator? controller) => controller?.Argument(0) switch
    {
        StringValue text => text.Value,
        ObjectValue options => Values.String(options["path"]) ?? "",
        ArrayValue paths => paths.Items.Select(Values.String).FirstOrDefault(s => s is not null) ?? "",
        _ => "",
    };

    private static List<string> Versions(ConstantValue? value) => value switch
    {
        StringValue text => [text.Value],
        ArrayValue list => list.Items.Select(Values.String).OfType<string>().ToList(),
        _ => [],
    };

    private static HandlerParameter Parameter(ParameterInfo parameter)
    {
        foreach (var decorator in parameter.Decorators)
        {
            var key = Values.String(decorator.Argument(0));
            var pipes = decorator.Arguments.Skip(key is null ? 0 : 1).Select(Values.ReferenceName).OfType<string>().ToList();
            if (ParameterDecorators.TryGetValue(decorator.Name, out var source))
            {
                return new HandlerParameter(parameter.Name, source, key, parameter.Type?.Text) { Pipes = pipes };
            }

            return new HandlerParameter(parameter.Name, ParameterSource.Custom, key, parameter.Type?.Text) { CustomDecorator = decorator.Name, Pipes = pipes };
        }

        return new HandlerParameter(parameter.Name, ParameterSource.None, null, parameter.Type?.Text);
    }

    private static IEnumerable<Enhancer> Enhancers(IEnumerable<AppliedDecorator> decorators, EnhancerLevel level)
    {
        foreach (var decorator in decorators)
        {
            if (!EnhancerDecorators.TryGetValue(decorator.Name, out var kind))
            {
                continue;
            }

            foreach (var argument in decorator.Arguments)
            {
                var name = argument switch
                {
                    CallValue call => Values.Callee(call.Syntax) is var (_, method) && method is "AuthGuard" ? $"AuthGuard({call.Arguments.Select(Values.String).FirstOrDefault()})" : call.ToString(),
                    _ => Values.ReferenceName(argument) ?? argument.ToString(),
                };
                yield return new Enhancer(kind, name, level);
            }
        }
    }

    private static List<Enhancer> GlobalEnhancers(Bootstrap? bootstrap) =>
        bootstrap is null
            ? []
            : bootstrap.GlobalGuards.Select(n => new Enhancer("guard", n, EnhancerLevel.Global))
                .Concat(bootstrap.GlobalPipes.Select(n => new Enhancer("pipe", n, EnhancerLevel.Global)))
                .Concat(bootstrap.GlobalInterceptors.Select(n => new Enhancer("interceptor", n, EnhancerLevel.Global)))
                .Concat(bootstrap.GlobalFilters.Select(n => new Enhancer("filter", n, EnhancerLevel.Global)))
                .ToList();
}
