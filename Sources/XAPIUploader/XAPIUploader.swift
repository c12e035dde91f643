// Crash-safe buffering and delivery of statements to an LRS (see Documentation/Roadmap.md); nothing is public yet.
import XAPI
