export default {
    "scalars": [
        6,
        17,
        21,
        25,
        30,
        37,
        40,
        42,
        43,
        45,
        46,
        48,
        49,
        51,
        52,
        55,
        61,
        63,
        65,
        68,
        71,
        74,
        75,
        79,
        80,
        87,
        90,
        92,
        110,
        112
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                90
            ],
            "name": [
                90
            ],
            "password": [
                90
            ],
            "role": [
                92
            ],
            "__typename": [
                90
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                41
            ],
            "questionDropOff": [
                86
            ],
            "__typename": [
                90
            ]
        },
        "AgentConfig": {
            "agentName": [
                90
            ],
            "emergencyKeywords": [
                90
            ],
            "emergencySensitivity": [
                43
            ],
            "faq": [
                38
            ],
            "id": [
                42
            ],
            "instructions": [
                90
            ],
            "interruptionDelayMs": [
                43
            ],
            "persona": [
                90
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                90
            ],
            "twilioLanguage": [
                90
            ],
            "twilioVoice": [
                90
            ],
            "updatedAt": [
                30
            ],
            "voiceGreeting": [
                90
            ],
            "welcomeMessage": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ApiKey": {
            "createdAt": [
                30
            ],
            "createdBy": [
                105
            ],
            "id": [
                42
            ],
            "lastUsedAt": [
                30
            ],
            "name": [
                90
            ],
            "prefix": [
                90
            ],
            "revokedAt": [
                30
            ],
            "role": [
                87
            ],
            "__typename": [
                90
            ]
        },
        "AuthPayload": {
            "businessId": [
                42
            ],
            "role": [
                87
            ],
            "token": [
                90
            ],
            "userId": [
                42
            ],
            "__typename": [
                90
            ]
        },
        "AvailablePhoneNumber": {
            "friendlyName": [
                90
            ],
            "isoCountry": [
                90
            ],
            "locality": [
                90
            ],
            "phoneNumber": [
                90
            ],
            "region": [
                90
            ],
            "sms": [
                6
            ],
            "voice": [
                6
            ],
            "__typename": [
                90
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                90
            ],
            "allowedOrigins": [
                90
            ],
            "businessHours": [
                8
            ],
            "createdAt": [
                30
            ],
            "description": [
                90
            ],
            "emergencyMessageTemplate": [
                90
            ],
            "id": [
                42
            ],
            "leadEmailRecipient": [
                90
            ],
            "name": [
                90
            ],
            "notificationEmailVerified": [
                6
            ],
            "notificationSettings": [
                69
            ],
            "phoneNumber": [
                90
            ],
            "phoneNumberSource": [
                74
            ],
            "plan": [
                75
            ],
            "timezone": [
                90
            ],
            "twilioNumber": [
                90
            ],
            "updatedAt": [
                30
            ],
            "website": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "BusinessHours": {
            "holidays": [
                90
            ],
            "weekly": [
                32
            ],
            "__typename": [
                90
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                90
            ],
            "weekly": [
                33
            ],
            "__typename": [
                90
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                90
            ],
            "durationSeconds": [
                43
            ],
            "emergencyDetected": [
                6
            ],
            "firstAudioMs": [
                43
            ],
            "intents": [
                90
            ],
            "interruptions": [
                43
            ],
            "messages": [
                43
            ],
            "mode": [
                90
            ],
            "openaiErrors": [
                43
            ],
            "packetsDropped": [
                43
            ],
            "packetsIn": [
                43
            ],
            "packetsOut": [
                43
            ],
            "reconnects": [
                43
            ],
            "toolCalls": [
                96
            ],
            "turnLatency": [
                97
            ],
            "__typename": [
                90
            ]
        },
        "Client": {
            "company": [
                90
            ],
            "createdAt": [
                30
            ],
            "email": [
                90
            ],
            "externalRef": [
                90
            ],
            "id": [
                42
            ],
            "name": [
                90
            ],
            "notes": [
                90
            ],
            "phone": [
                90
            ],
            "projects": [
                81
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                90
            ]
        },
        "ClientConnection": {
            "edges": [
                13
            ],
            "nodes": [
                11
            ],
            "pageInfo": [
                72
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "ClientEdge": {
            "cursor": [
                90
            ],
            "node": [
                11
            ],
            "__typename": [
                90
            ]
        },
        "ClientInput": {
            "company": [
                90
            ],
            "email": [
                90
            ],
            "name": [
                90
            ],
            "notes": [
                90
            ],
            "phone": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                42
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "kind": [
                17
            ],
            "value": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                42
            ],
            "kind": [
                17
            ],
            "value": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                90
            ],
            "folderId": [
                90
            ],
            "serviceAccountKey": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                90
            ],
            "apiToken": [
                90
            ],
            "customerColumn": [
                90
            ],
            "customerField": [
                90
            ],
            "doneLabels": [
                90
            ],
            "email": [
                90
            ],
            "jql": [
                90
            ],
            "provider": [
                79
            ],
            "signingSecret": [
                90
            ],
            "siteUrl": [
                90
            ],
            "workspaceGid": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "Conversation": {
            "callAnalytics": [
                10
            ],
            "channel": [
                21
            ],
            "client": [
                11
            ],
            "durationSeconds": [
                43
            ],
            "endedAt": [
                30
            ],
            "fromNumber": [
                90
            ],
            "id": [
                42
            ],
            "leads": [
                53
            ],
            "messages": [
                64,
                {
                    "first": [
                        43
                    ]
                }
            ],
            "startedAt": [
                30
            ],
            "status": [
                25
            ],
            "summary": [
                90
            ],
            "toNumber": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                23
            ],
            "nodes": [
                20
            ],
            "pageInfo": [
                72
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "ConversationEdge": {
            "cursor": [
                90
            ],
            "node": [
                20
            ],
            "__typename": [
                90
            ]
        },
        "ConversationFilter": {
            "channel": [
                21
            ],
            "startedAfter": [
                30
            ],
            "startedBefore": [
                30
            ],
            "status": [
                25
            ],
            "__typename": [
                90
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                21
            ],
            "conversation": [
                20
            ],
            "conversationId": [
                42
            ],
            "status": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                90
            ],
            "format": [
                49
            ],
            "title": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                43
            ],
            "chats": [
                43
            ],
            "emergencies": [
                43
            ],
            "enhanced": [
                36
            ],
            "from": [
                30
            ],
            "leadsByStatus": [
                89
            ],
            "leadsPerDay": [
                31
            ],
            "leadsTotal": [
                43
            ],
            "timezone": [
                90
            ],
            "to": [
                30
            ],
            "__typename": [
                90
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                43
            ],
            "date": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "DayHours": {
            "day": [
                90
            ],
            "ranges": [
                94
            ],
            "__typename": [
                90
            ]
        },
        "DayHoursInput": {
            "day": [
                90
            ],
            "ranges": [
                95
            ],
            "__typename": [
                90
            ]
        },
        "DayKeyCount": {
            "count": [
                43
            ],
            "date": [
                90
            ],
            "key": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "DriveSyncResult": {
            "added": [
                43
            ],
            "removed": [
                43
            ],
            "skipped": [
                43
            ],
            "unchanged": [
                43
            ],
            "updated": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                40
            ],
            "averageChatDurationSeconds": [
                40
            ],
            "conversionRate": [
                40
            ],
            "leadsPerDayByChannel": [
                34
            ],
            "leadsPerDayByPriority": [
                34
            ],
            "__typename": [
                90
            ]
        },
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                90
            ],
            "question": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "FaqEntryInput": {
            "answer": [
                90
            ],
            "question": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                43
            ],
            "dayOfWeek": [
                43
            ],
            "hour": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                90
            ],
            "createdAt": [
                30
            ],
            "credentialsHint": [
                90
            ],
            "id": [
                42
            ],
            "lastError": [
                90
            ],
            "lastSyncAt": [
                30
            ],
            "projectCount": [
                43
            ],
            "provider": [
                45
            ],
            "status": [
                46
            ],
            "taskCount": [
                43
            ],
            "webhooksActive": [
                6
            ],
            "__typename": [
                90
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "InviteTeamMemberInput": {
            "email": [
                90
            ],
            "name": [
                90
            ],
            "role": [
                92
            ],
            "__typename": [
                90
            ]
        },
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                43
            ],
            "content": [
                90
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "source": [
                51
            ],
            "status": [
                52
            ],
            "title": [
                90
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                90
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                30
            ],
            "address": [
                90
            ],
            "capturedData": [
                48
            ],
            "channel": [
                55
            ],
            "client": [
                11
            ],
            "conversation": [
                20
            ],
            "createdAt": [
                30
            ],
            "email": [
                90
            ],
            "emergencyNotes": [
                90
            ],
            "emergencySeverity": [
                43
            ],
            "id": [
                42
            ],
            "isEmergency": [
                6
            ],
            "issue": [
                90
            ],
            "name": [
                90
            ],
            "notes": [
                90
            ],
            "notifications": [
                67
            ],
            "phone": [
                90
            ],
            "priority": [
                80
            ],
            "status": [
                61
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                90
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                53
            ],
            "leadId": [
                42
            ],
            "__typename": [
                90
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                57
            ],
            "nodes": [
                53
            ],
            "pageInfo": [
                72
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "LeadEdge": {
            "cursor": [
                90
            ],
            "node": [
                53
            ],
            "__typename": [
                90
            ]
        },
        "LeadFilter": {
            "channel": [
                55
            ],
            "createdAfter": [
                30
            ],
            "createdBefore": [
                30
            ],
            "isEmergency": [
                6
            ],
            "priority": [
                80
            ],
            "search": [
                90
            ],
            "status": [
                61
            ],
            "__typename": [
                90
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                37
            ],
            "id": [
                42
            ],
            "mapsTo": [
                63
            ],
            "position": [
                43
            ],
            "question": [
                90
            ],
            "required": [
                6
            ],
            "__typename": [
                90
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                37
            ],
            "mapsTo": [
                63
            ],
            "question": [
                90
            ],
            "required": [
                6
            ],
            "__typename": [
                90
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                90
            ],
            "connectionStatus": [
                90
            ],
            "conversationId": [
                42
            ],
            "durationSeconds": [
                43
            ],
            "interruptions": [
                43
            ],
            "packetsIn": [
                43
            ],
            "packetsOut": [
                43
            ],
            "startedAt": [
                30
            ],
            "toolCalls": [
                96
            ],
            "__typename": [
                90
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                90
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "role": [
                65
            ],
            "__typename": [
                90
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "acceptInvitation": [
                4,
                {
                    "name": [
                        90
                    ],
                    "password": [
                        90,
                        "String!"
                    ],
                    "token": [
                        90,
                        "String!"
                    ]
                }
            ],
            "addClientLinkRule": [
                15,
                {
                    "input": [
                        16,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                105,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "assignPhoneNumber": [
                7,
                {
                    "businessId": [
                        42,
                        "ID!"
                    ],
                    "phoneNumber": [
                        90
                    ]
                }
            ],
            "changePassword": [
                4,
                {
                    "currentPassword": [
                        90,
                        "String!"
                    ],
                    "newPassword": [
                        90,
                        "String!"
                    ]
                }
            ],
            "connectGoogleDrive": [
                44,
                {
                    "input": [
                        18,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                44,
                {
                    "input": [
                        19,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "connectPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        90,
                        "String!"
                    ]
                }
            ],
            "createApiKey": [
                28,
                {
                    "name": [
                        90,
                        "String!"
                    ],
                    "role": [
                        92
                    ]
                }
            ],
            "createClient": [
                11,
                {
                    "input": [
                        14,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                50,
                {
                    "input": [
                        27,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                59,
                {
                    "input": [
                        60,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                109,
                {
                    "input": [
                        108,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "inviteTeamMember": [
                105,
                {
                    "input": [
                        47,
                        "InviteTeamMemberInput!"
                    ]
                }
            ],
            "linkProjectToClient": [
                81,
                {
                    "clientId": [
                        42
                    ],
                    "projectId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        90,
                        "String!"
                    ],
                    "password": [
                        90,
                        "String!"
                    ]
                }
            ],
            "provisionPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        90,
                        "String!"
                    ]
                }
            ],
            "releasePhoneNumber": [
                7
            ],
            "removeClientLinkRule": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                6,
                {
                    "userId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                59,
                {
                    "ids": [
                        42,
                        "[ID!]!"
                    ]
                }
            ],
            "requestPasswordReset": [
                6,
                {
                    "email": [
                        90,
                        "String!"
                    ]
                }
            ],
            "resendInvitation": [
                105,
                {
                    "userId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "resendVerificationEmail": [
                6
            ],
            "resetPassword": [
                4,
                {
                    "newPassword": [
                        90,
                        "String!"
                    ],
                    "token": [
                        90,
                        "String!"
                    ]
                }
            ],
            "retryNotification": [
                67,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                109,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                93,
                {
                    "to": [
                        90
                    ]
                }
            ],
            "setPlan": [
                7,
                {
                    "businessId": [
                        42,
                        "ID!"
                    ],
                    "plan": [
                        75,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                105,
                {
                    "role": [
                        92,
                        "TeamRole!"
                    ],
                    "userId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        88,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                35
            ],
            "syncProjects": [
                84,
                {
                    "integrationId": [
                        42
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        98,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                7,
                {
                    "input": [
                        99,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                11,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        14,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                50,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        100,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                53,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        101,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                59,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        102,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                7,
                {
                    "input": [
                        70,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        103,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                107,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        108,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                111,
                {
                    "input": [
                        104,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "verifyNotificationEmail": [
                90,
                {
                    "token": [
                        90,
                        "String!"
                    ]
                }
            ],
            "__typename": [
                90
            ]
        },
        "Notification": {
            "attempts": [
                43
            ],
            "channel": [
                68
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "kind": [
                90
            ],
            "lastError": [
                90
            ],
            "leadId": [
                42
            ],
            "maxAttempts": [
                43
            ],
            "nextAttemptAt": [
                30
            ],
            "recipient": [
                90
            ],
            "sentAt": [
                30
            ],
            "status": [
                71
            ],
            "__typename": [
                90
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "escalationContacts": [
                90
            ],
            "notificationEmail": [
                90
            ],
            "notificationPhoneNumber": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "NotificationSettingsInput": {
            "escalationContacts": [
                90
            ],
            "notificationEmail": [
                90
            ],
            "notificationPhoneNumber": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                90
            ],
            "hasNextPage": [
                6
            ],
            "__typename": [
                90
            ]
        },
        "PasswordCheck": {
            "message": [
                90
            ],
            "ok": [
                6
            ],
            "score": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "PhoneNumberSource": {},
        "Plan": {},
        "PlanFeature": {
            "description": [
                90
            ],
            "included": [
                6
            ],
            "key": [
                90
            ],
            "requiredPlan": [
                75
            ],
            "__typename": [
                90
            ]
        },
        "PlanInfo": {
            "features": [
                76
            ],
            "limits": [
                78
            ],
            "tier": [
                75
            ],
            "__typename": [
                90
            ]
        },
        "PlanLimit": {
            "name": [
                90
            ],
            "value": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                11
            ],
            "completedTaskCount": [
                43
            ],
            "description": [
                90
            ],
            "dueDate": [
                90
            ],
            "externalId": [
                90
            ],
            "id": [
                42
            ],
            "lastSyncedAt": [
                30
            ],
            "name": [
                90
            ],
            "progress": [
                43
            ],
            "provider": [
                90
            ],
            "status": [
                90
            ],
            "taskCount": [
                43
            ],
            "url": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ProjectConnection": {
            "edges": [
                83
            ],
            "nodes": [
                81
            ],
            "pageInfo": [
                72
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "ProjectEdge": {
            "cursor": [
                90
            ],
            "node": [
                81
            ],
            "__typename": [
                90
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                43
            ],
            "taskCount": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "Query": {
            "agentConfig": [
                2
            ],
            "apiKeys": [
                3,
                {
                    "includeRevoked": [
                        6
                    ]
                }
            ],
            "availablePhoneNumbers": [
                5,
                {
                    "areaCode": [
                        90
                    ],
                    "contains": [
                        90
                    ],
                    "country": [
                        90
                    ]
                }
            ],
            "business": [
                7
            ],
            "client": [
                11,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                15
            ],
            "clients": [
                12,
                {
                    "after": [
                        90
                    ],
                    "first": [
                        43
                    ],
                    "search": [
                        90
                    ]
                }
            ],
            "conversation": [
                20,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                22,
                {
                    "after": [
                        90
                    ],
                    "filter": [
                        24
                    ],
                    "first": [
                        43
                    ]
                }
            ],
            "dashboard": [
                29,
                {
                    "from": [
                        30
                    ],
                    "to": [
                        30
                    ]
                }
            ],
            "integrations": [
                44
            ],
            "knowledgeItem": [
                50,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                50
            ],
            "lead": [
                53,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                59
            ],
            "leads": [
                56,
                {
                    "after": [
                        90
                    ],
                    "filter": [
                        58
                    ],
                    "first": [
                        43
                    ]
                }
            ],
            "liveCalls": [
                62
            ],
            "me": [
                106
            ],
            "notifications": [
                67,
                {
                    "leadId": [
                        42
                    ],
                    "limit": [
                        43
                    ],
                    "offset": [
                        43
                    ],
                    "status": [
                        71
                    ]
                }
            ],
            "passwordStrength": [
                73,
                {
                    "email": [
                        90
                    ],
                    "password": [
                        90,
                        "String!"
                    ]
                }
            ],
            "plan": [
                77
            ],
            "project": [
                81,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                82,
                {
                    "after": [
                        90
                    ],
                    "clientId": [
                        42
                    ],
                    "first": [
                        43
                    ],
                    "status": [
                        90
                    ]
                }
            ],
            "team": [
                105
            ],
            "webhookEndpoints": [
                107
            ],
            "widgetConfig": [
                111
            ],
            "__typename": [
                90
            ]
        },
        "QuestionDropOff": {
            "answered": [
                43
            ],
            "dropOffRate": [
                40
            ],
            "position": [
                43
            ],
            "question": [
                90
            ],
            "questionId": [
                42
            ],
            "__typename": [
                90
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                90
            ],
            "email": [
                90
            ],
            "name": [
                90
            ],
            "password": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "StatusCount": {
            "count": [
                43
            ],
            "status": [
                61
            ],
            "__typename": [
                90
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                26
            ],
            "leadCaptured": [
                54
            ],
            "__typename": [
                90
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                90
            ],
            "error": [
                90
            ],
            "success": [
                6
            ],
            "to": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "TimeRange": {
            "close": [
                90
            ],
            "open": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "TimeRangeInput": {
            "close": [
                90
            ],
            "open": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "ToolCallCount": {
            "count": [
                43
            ],
            "tool": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "TurnLatency": {
            "bridgeP50Ms": [
                40
            ],
            "bridgeP95Ms": [
                40
            ],
            "modelP50Ms": [
                40
            ],
            "modelP95Ms": [
                40
            ],
            "totalP50Ms": [
                40
            ],
            "totalP95Ms": [
                40
            ],
            "turns": [
                43
            ],
            "__typename": [
                90
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                90
            ],
            "emergencyKeywords": [
                90
            ],
            "emergencySensitivity": [
                43
            ],
            "faq": [
                39
            ],
            "instructions": [
                90
            ],
            "persona": [
                90
            ],
            "welcomeMessage": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                90
            ],
            "allowedOrigins": [
                90
            ],
            "businessHours": [
                9
            ],
            "description": [
                90
            ],
            "emergencyMessageTemplate": [
                90
            ],
            "name": [
                90
            ],
            "phoneNumber": [
                90
            ],
            "timezone": [
                90
            ],
            "website": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                90
            ],
            "format": [
                49
            ],
            "title": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                6
            ],
            "clientId": [
                42
            ],
            "notes": [
                90
            ],
            "priority": [
                80
            ],
            "status": [
                61
            ],
            "__typename": [
                90
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                37
            ],
            "mapsTo": [
                63
            ],
            "question": [
                90
            ],
            "required": [
                6
            ],
            "__typename": [
                90
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                43
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                90
            ],
            "twilioLanguage": [
                90
            ],
            "twilioVoice": [
                90
            ],
            "voiceGreeting": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                90
            ],
            "greeting": [
                90
            ],
            "launcherText": [
                90
            ],
            "position": [
                112
            ],
            "primaryColor": [
                90
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "User": {
            "createdAt": [
                30
            ],
            "email": [
                90
            ],
            "id": [
                42
            ],
            "invitationPending": [
                6
            ],
            "lastLoginAt": [
                30
            ],
            "name": [
                90
            ],
            "role": [
                87
            ],
            "__typename": [
                90
            ]
        },
        "Viewer": {
            "apiKeyId": [
                42
            ],
            "business": [
                7
            ],
            "role": [
                87
            ],
            "user": [
                105
            ],
            "__typename": [
                90
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                30
            ],
            "deliveries": [
                67,
                {
                    "limit": [
                        43
                    ]
                }
            ],
            "description": [
                90
            ],
            "enabled": [
                6
            ],
            "events": [
                110
            ],
            "id": [
                42
            ],
            "secretHint": [
                90
            ],
            "updatedAt": [
                30
            ],
            "url": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                90
            ],
            "enabled": [
                6
            ],
            "events": [
                110
            ],
            "url": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                107
            ],
            "secret": [
                90
            ],
            "__typename": [
                90
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                90
            ],
            "greeting": [
                90
            ],
            "id": [
                42
            ],
            "launcherText": [
                90
            ],
            "position": [
                112
            ],
            "primaryColor": [
                90
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                90
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                90
            ]
        },
        "WidgetPosition": {}
    }
}