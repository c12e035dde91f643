// Keyed, scoped, fail-closed pseudonymization of agents (see Documentation/Roadmap.md); nothing is public yet.
import XAPI
