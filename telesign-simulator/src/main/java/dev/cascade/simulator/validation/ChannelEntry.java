package dev.cascade.simulator.validation;

import dev.cascade.telesign.message.Channel;
import java.time.Duration;

/** One valid entry of {@code channels}, before its content is looked at. */
record ChannelEntry(Channel channel, Duration fallbackTime) {
}
