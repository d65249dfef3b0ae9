using Nestor.Rules.Lifecycle;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Lifecycle;

public sealed class ListenerWithoutCleanupTests
{
    private static readonly ListenerWithoutCleanup Rule = new();

    private static string Message(string listener, string added) => $"{listener} added with {added} is never removed in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.";

    [Theory]
    [InlineData("@Injectable()\nclass A {\n  private readonly onTerm = () => stop();\n  constructor() { process.on('SIGTERM', this.onTerm); }\n  onModuleDestroy(): void { process.off('SIGTERM', this.onTerm); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  constructor() { process.on('SIGTERM', () => stop()); }\n  onApplicationShutdown(): void { this.detach(); }\n  private detach(): void { process.removeAllListeners('SIGTERM'); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  private readonly local = new EventEmitter();\n  start(): void { this.local.on('x', () => 1); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  constructor(private readonly events: EventEmitter2) {}\n  start(): void { this.events.on('x', () => 1); }\n  onModuleDestroy(): void { this.events.removeAllListeners(); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { process.once('SIGTERM', () => stop()); }\n}")]
    [InlineData("class Script {\n  start(): void { process.on('SIGTERM', () => stop()); }\n}")]
    [InlineData("process.on('unhandledRejection', (error) => log(error));")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("@Injectable()\nclass A {\n  constructor() { [|process.on('SIGTERM', () => stop())|]; }\n}", "The 'SIGTERM' listener", "process.on")]
    [InlineData("@Injectable()\nclass A {\n  constructor() { [|process.addListener(signal, () => stop())|]; }\n}", "This listener", "process.addListener")]
    [InlineData("@Injectable()\nclass A {\n  constructor() { [|process.on('SIGTERM', () => stop())|]; }\n  onModuleDestroy(): void { process.off('SIGINT', stop); }\n}", "The 'SIGTERM' listener", "process.on")]
    [InlineData("@Injectable()\nclass A {\n  constructor(private readonly events: EventEmitter2) {}\n  start(): void { [|this.events.on('order.created', () => 1)|]; }\n}", "The 'order.created' listener", "this.events.on")]
    public void Invalid(string markup, string listener, string added) => RuleTester.Invalid(Rule, markup, Message(listener, added));

    [Fact]
    public void Nest_health_service_with_several_members()
    {
        const string Code = """
            @Injectable()
            export class HealthService implements OnModuleInit, OnModuleDestroy {
              private draining = false;
              private readonly onInterrupt = () => this.drain();

              constructor(
                @InjectConnection() private readonly connection: Connection,
                private readonly bus: EventEmitter,
              ) {
                [|process.on('SIGTERM', () => {
                  this.draining = true;
                })|];
                process.on('SIGINT', this.onInterrupt);
              }

              onModuleInit(): void {
                this.bus.on('ping', () => this.drain());
              }

              onModuleDestroy(): void {
                process.off('SIGINT', this.onInterrupt);
                this.bus.removeListener('ping', this.onInterrupt);
              }

              private drain(): void {
                this.draining = true;
              }
            }
            """;
        RuleTester.Invalid(Rule, Code, Message("The 'SIGTERM' listener", "process.on"));
    }
}
