using Nestor.Rules.Lifecycle;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Lifecycle;

public sealed class TimerWithoutCleanupTests
{
    private const string Dropped = "The handle of this setInterval is dropped, so no shutdown hook can clear it.";
    private static readonly TimerWithoutCleanup Rule = new();

    private static string Stored(string field) => $"The interval in 'this.{field}' is never cleared in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.";

    [Theory]
    [InlineData("@Injectable()\nclass A {\n  private timer?: NodeJS.Timeout;\n  start(): void { this.timer = setInterval(() => tick(), 10); }\n  onModuleDestroy(): void { clearInterval(this.timer); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  private timer?: NodeJS.Timeout;\n  start(): void { this.timer = setInterval(() => tick(), 10); }\n  onApplicationShutdown(): void { this.stop(); }\n  private stop(): void { clearTimeout(this.timer!); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  private readonly timer = setInterval(() => tick(), 10);\n  beforeApplicationShutdown(): void { clearInterval(this.timer); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { const handle = setInterval(() => tick(), 10); this.registry.addInterval('tick', handle); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { setTimeout(() => tick(), 10); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  onModuleDestroy(): void { setInterval(() => tick(), 10); }\n}")]
    [InlineData("class NotAProvider {\n  start(): void { setInterval(() => tick(), 10); }\n}")]
    [InlineData("setInterval(() => tick(), 10);")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("@Injectable()\nclass A {\n  start(): void { [|setInterval(() => tick(), 10)|]; }\n}", Dropped)]
    [InlineData("@Controller()\nclass A {\n  constructor() { [|setInterval(() => tick(), 10)|]; }\n}", Dropped)]
    [InlineData("@Injectable()\nclass A {\n  private timer?: NodeJS.Timeout;\n  start(): void { this.timer = [|setInterval(() => tick(), 10)|]; }\n  onModuleDestroy(): void { clearInterval(this.other); }\n}", "The interval in 'this.timer' is never cleared in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.")]
    [InlineData("@WebSocketGateway()\nclass A {\n  private readonly timer = [|setInterval(() => tick(), 10)|];\n}", "The interval in 'this.timer' is never cleared in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.")]
    public void Invalid(string markup, string message) => RuleTester.Invalid(Rule, markup, message);

    [Fact]
    public void Nest_cache_service_with_several_members()
    {
        const string Code = """
            @Injectable()
            export class CatalogCacheService implements OnModuleInit {
              private readonly entries = new Map<string, number>();
              private sweeper?: NodeJS.Timeout;
              private flusher?: NodeJS.Timeout;

              onModuleInit(): void {
                this.sweeper = [|setInterval(() => this.sweep(), 60_000)|];
                this.flusher = setInterval(() => this.entries.clear(), 3_600_000);
              }

              get(slug: string): number | undefined {
                return this.entries.get(slug);
              }

              onApplicationShutdown(): void {
                clearInterval(this.flusher);
              }

              private sweep(): void {
                this.entries.clear();
              }
            }
            """;
        RuleTester.Invalid(Rule, Code, Stored("sweeper"));
    }
}
