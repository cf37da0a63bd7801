package dev.cascade.sending.demo;

import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RcsUrlAction;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Messages as a business would send them: order, delivery and appointment notices with a link
 * button, to numbers in a few countries, with the SMS fallback carrying the same link. The last two
 * digits of a number are uniform, which is what the simulator uses to decide the handset.
 */
public final class DemoMessages {

    /** A calling code and how many digits follow it, weighted by how often it is picked. */
    private record Country(String callingCode, int subscriberDigits, int weight) {
    }

    private record Campaign(MessageType type, String rcsText, String buttonText, String path, String smsText, int weight) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("1", 10, 40), new Country("44", 10, 15), new Country("49", 11, 12),
            new Country("33", 9, 10), new Country("55", 11, 13), new Country("91", 10, 10));

    private static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign(MessageType.MKT, "Thanks for your purchase! Track your order here:", "Track order",
                    "orders", "Thanks for your purchase! Track your order: %s", 45),
            new Campaign(MessageType.ARN, "Your parcel is out for delivery today.", "See delivery window",
                    "deliveries", "Your parcel is out for delivery today: %s", 30),
            new Campaign(MessageType.ARN, "Reminder: your appointment is tomorrow at 10:00.", "Manage appointment",
                    "appointments", "Reminder: your appointment is tomorrow at 10:00. Manage it: %s", 15),
            new Campaign(MessageType.MKT, "Winter sale: 30% off everything this weekend.", "Shop the sale",
                    "sale", "Winter sale: 30%% off this weekend: %s", 10));

    private static final int[] FALLBACK_SECONDS = {120, 300, 300, 600, 600};

    private final RandomGenerator random;

    public DemoMessages(RandomGenerator random) {
        this.random = random;
    }

    /** A random E.164 number (digits only) in one of the demo's countries. */
    public String phoneNumber() {
        Country country = pick(COUNTRIES, COUNTRIES.stream().mapToInt(Country::weight).sum(), Country::weight);
        StringBuilder number = new StringBuilder(country.callingCode()).append(1 + random.nextInt(9));
        while (number.length() < country.callingCode().length() + country.subscriberDigits()) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }

    public int fallbackTimeSeconds() {
        return FALLBACK_SECONDS[random.nextInt(FALLBACK_SECONDS.length)];
    }

    /** A complete, valid request: RCS link button first, SMS with the same link as the fallback. */
    public OmniMessageRequest next(String externalId) {
        Campaign campaign = pick(CAMPAIGNS, CAMPAIGNS.stream().mapToInt(Campaign::weight).sum(), Campaign::weight);
        String url = "https://shop.example.com/" + campaign.path() + "/" + externalId;
        return OmniMessageRequest.builder()
                .phoneNumber(phoneNumber())
                .messageType(campaign.type())
                .rcsLinkButton(new RcsUrlAction(campaign.rcsText(), url, campaign.buttonText(), campaign.path()),
                        fallbackTimeSeconds())
                .smsFallback(campaign.smsText().formatted(url))
                .externalId(externalId)
                .build();
    }

    private <T> T pick(List<T> items, int totalWeight, java.util.function.ToIntFunction<T> weight) {
        int ticket = random.nextInt(totalWeight);
        for (T item : items) {
            ticket -= weight.applyAsInt(item);
            if (ticket < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }
}
