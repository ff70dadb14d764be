package io.parley.routing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.platform.web.Caller;
import io.parley.routing.domain.Catalog;
import io.parley.routing.domain.RoutingException;
import io.parley.routing.domain.VipCustomer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Critical customers and groups (the İzer seed's VIP customers, technical support, sales team, management, important
 * partners) by user id, phone number or group/chat name.
 */
@RestController
@RequestMapping("/api/v1/routing/vip-customers")
class VipCustomersController {

	record VipRequest(String name, String tier, String userId, String phoneNumber, String groupName,
			Integer prioritySteps, Boolean forceHuman) {
	}

	record VipView(String id, String name, String tier, String userId, String phoneNumber, String groupName,
			int prioritySteps, boolean forceHuman) {

		static VipView of(VipCustomer vip) {
			return new VipView(vip.id(), vip.name(), vip.tier(), vip.userId(), vip.phoneNumber(), vip.groupName(),
					vip.prioritySteps(), vip.forceHuman());
		}
	}

	private final Catalog catalog;

	VipCustomersController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	Mono<Map<String, List<VipView>>> list(Caller caller) {
		return Blocking.call(
				() -> Map.of("vip_customers", catalog.vips(caller.tenantId()).stream().map(VipView::of).toList()));
	}

	@GetMapping("/{id}")
	Mono<VipView> get(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> VipView.of(catalog.vip(caller.tenantId(), id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<VipView> create(Caller caller, @RequestBody VipRequest request) {
		return Blocking.call(() -> {
			VipCustomer blank = new VipCustomer(UUID.randomUUID().toString(), caller.tenantId(), null, "vip", null,
					null, null, 1, false);
			return VipView.of(catalog.createVip(merge(blank, request, true)));
		});
	}

	@PutMapping("/{id}")
	Mono<VipView> replace(Caller caller, @PathVariable String id, @RequestBody VipRequest request) {
		return update(caller, id, request);
	}

	@PatchMapping("/{id}")
	Mono<VipView> update(Caller caller, @PathVariable String id, @RequestBody VipRequest request) {
		return Blocking.call(
				() -> VipView.of(catalog.updateVip(caller.tenantId(), id, before -> merge(before, request, false))));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> {
			catalog.deleteVip(caller.tenantId(), id);
			return true;
		}).then();
	}

	private static VipCustomer merge(VipCustomer before, VipRequest request, boolean creating) {
		String name = Check.text("name", request.name(), 200, creating);
		String tier = request.tier() == null ? before.tier() : Check.text("tier", request.tier(), 64, true).toLowerCase();
		String userId = request.userId() == null ? before.userId() : Check.text("user_id", request.userId(), 200, false);
		String phone = request.phoneNumber() == null ? before.phoneNumber()
				: Check.text("phone_number", request.phoneNumber(), 64, false);
		if (phone != null && phone.replaceAll("[^0-9]", "").length() < 5) {
			throw RoutingException.invalid("phone_number", "must hold at least 5 digits");
		}
		String group = request.groupName() == null ? before.groupName()
				: Check.text("group_name", request.groupName(), 200, false);
		if (userId == null && phone == null && group == null) {
			throw RoutingException.invalid("user_id", "phone_number or group_name is required to recognise the customer");
		}
		int steps = request.prioritySteps() == null ? before.prioritySteps()
				: Check.range("priority_steps", request.prioritySteps(), 0, 10);
		boolean forceHuman = request.forceHuman() == null ? before.forceHuman() : request.forceHuman();
		return new VipCustomer(before.id(), before.tenantId(), name == null ? before.name() : name, tier, userId, phone,
				group, steps, forceHuman);
	}
}
